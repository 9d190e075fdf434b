using ParcelWatch.Web.Infrastructure.Cli;

namespace ParcelWatch.Tests.Unit;

public sealed class CommandLineParserTests
{
    [Fact]
    public void No_arguments_means_run_the_server() => Assert.Null(CommandLineParser.Parse([]));

    [Fact]
    public void Options_alone_mean_run_the_server() =>
        Assert.Null(CommandLineParser.Parse(["--urls", "http://127.0.0.1:5080", "--Database:Provider=Sqlite"]));

    [Fact]
    public void Verb_and_arguments_are_found()
    {
        var invocation = CommandLineParser.Parse(["users", "grant-role", "a@b.c", "Moderator"]);

        Assert.NotNull(invocation);
        Assert.Equal("users", invocation.Verb);
        Assert.Equal(["grant-role", "a@b.c", "Moderator"], invocation.Arguments);
    }

    [Fact]
    public void Options_and_their_values_around_the_verb_are_skipped()
    {
        var invocation = CommandLineParser.Parse(["--urls", "http://x", "migrate", "--environment=Production"]);

        Assert.NotNull(invocation);
        Assert.Equal("migrate", invocation.Verb);
        Assert.Empty(invocation.Arguments);
    }
}

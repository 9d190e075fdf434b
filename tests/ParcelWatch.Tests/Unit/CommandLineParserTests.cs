using ParcelWatch.Web.Cli;

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
    public void Options_before_the_verb_are_skipped_and_everything_after_it_belongs_to_the_verb()
    {
        var invocation = CommandLineParser.Parse(["--urls", "http://x", "--Database:Provider=Sqlite", "migrate", "--environment=Production"]);

        Assert.NotNull(invocation);
        Assert.Equal("migrate", invocation.Verb);
        Assert.Equal(["--environment=Production"], invocation.Arguments);
    }

    [Fact]
    public void Options_of_the_verb_reach_the_verb_with_their_values()
    {
        var invocation = CommandLineParser.Parse(["seed-demo", "--reports", "1000", "--seed", "7", "--append"]);

        Assert.NotNull(invocation);
        Assert.Equal("seed-demo", invocation.Verb);
        Assert.Equal(["--reports", "1000", "--seed", "7", "--append"], invocation.Arguments);
    }

    [Fact]
    public void The_value_of_an_option_before_the_verb_is_not_taken_for_the_verb()
    {
        var invocation = CommandLineParser.Parse(["--environment", "Production", "seed-demo", "--reports", "5"]);

        Assert.NotNull(invocation);
        Assert.Equal("seed-demo", invocation.Verb);
        Assert.Equal(["--reports", "5"], invocation.Arguments);
    }
}

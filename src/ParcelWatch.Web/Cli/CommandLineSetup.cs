using ParcelWatch.Web.Cli.Demo;

namespace ParcelWatch.Web.Cli;

public static class CommandLineSetup
{
    public static IServiceCollection AddCommandLineVerbs(this IServiceCollection services)
    {
        services.AddScoped<CommandLineRunner>();
        services.AddScoped<ICommandLineVerb, MigrateVerb>();
        services.AddScoped<ICommandLineVerb, BackupVerb>();
        services.AddScoped<ICommandLineVerb, UsersVerb>();
        services.AddScoped<ICommandLineVerb, SeedDemoVerb>();
        services.AddScoped<ICommandLineVerb, StatsVerb>();
        services.AddScoped<DemoUsers>();
        services.AddScoped<DemoDataWriter>();
        return services;
    }
}

namespace ParcelWatch.Web.Infrastructure.Cli;

public static class CommandLineSetup
{
    public static IServiceCollection AddCommandLineVerbs(this IServiceCollection services)
    {
        services.AddScoped<CommandLineRunner>();
        services.AddScoped<ICommandLineVerb, MigrateVerb>();
        services.AddScoped<ICommandLineVerb, UsersVerb>();
        return services;
    }
}

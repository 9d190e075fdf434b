using ParcelWatch.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(ParcelWatchApplication.HostArguments(args));
builder.AddParcelWatch();

var app = builder.Build();
app.UseParcelWatch();

return await app.RunParcelWatchAsync(args);

/// <summary>Entry point; public so that test factories can host the app.</summary>
public partial class Program;

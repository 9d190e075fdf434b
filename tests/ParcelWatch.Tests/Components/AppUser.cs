using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using ParcelWatch.Data.Entities;
using ParcelWatch.Tests.Support;

namespace ParcelWatch.Tests.Components;

/// <summary>A user registered through the real API, with a bearer client of theirs and their id for the component's claims.</summary>
public sealed record AppUser(string Id, string Email, string? Role, HttpClient Client)
{
    public static async Task<AppUser> CreateAsync(ParcelWatchFactory factory, string? role = null)
    {
        var (client, email) = await AuthApi.CreateBearerClientAsync(factory, role);
        await using var scope = factory.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email);
        return new AppUser(user!.Id, email, role, client);
    }
}

using Microsoft.AspNetCore.Identity;

namespace ParcelWatch.Data.Entities;

/// <summary>A registered person: buyer, volunteer or moderator (roles decide which).</summary>
public sealed class ApplicationUser : IdentityUser
{
}

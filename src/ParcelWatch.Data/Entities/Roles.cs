namespace ParcelWatch.Data.Entities;

/// <summary>The application roles. A buyer is any signed-in user and has no role.</summary>
public static class Roles
{
    public const string Volunteer = "Volunteer";
    public const string Moderator = "Moderator";

    public static IReadOnlyList<string> All { get; } = [Volunteer, Moderator];
}

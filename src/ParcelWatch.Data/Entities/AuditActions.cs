namespace ParcelWatch.Data.Entities;

/// <summary>The <see cref="AuditEntry.Action"/> values.</summary>
public static class AuditActions
{
    public const string Merge = "merge";
    public const string UndoMerge = "undo-merge";
    public const string Hide = "hide";
    public const string Unhide = "unhide";
    public const string GrantRole = "grant-role";
    public const string RevokeRole = "revoke-role";
    public const string DeleteAccount = "delete-account";

    public static IReadOnlyList<string> All { get; } = [Merge, UndoMerge, Hide, Unhide, GrantRole, RevokeRole, DeleteAccount];
}

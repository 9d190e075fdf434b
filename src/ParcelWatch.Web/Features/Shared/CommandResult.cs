namespace ParcelWatch.Web.Features.Shared;

/// <summary>Why a command of any feature did not happen.</summary>
public enum CommandFailure
{
    NotFound,
    Forbidden,
    Conflict,
    Invalid,
}

/// <summary>
/// The outcome of a command of any feature (a report's create, edit or event; a merge, hide or role change; an
/// import's upload, start or cancel): its value, or why not, with a message for the reader or the field errors.
/// <see cref="CommandHttp.ToHttp{T, TSuccess}"/> turns it into the HTTP answer, the same for the same failure everywhere.
/// </summary>
public sealed record CommandResult<T>(T? Value, CommandFailure? Failure, string? Message = null, FieldErrors? Errors = null)
    where T : class;

/// <summary>The value of a command that has nothing to return (a delete, a cancel).</summary>
public sealed record Completed
{
    public static Completed Instance { get; } = new();
}

/// <summary>Builds <see cref="CommandResult{T}"/> values.</summary>
public static class CommandResult
{
    public static CommandResult<T> Done<T>(T value)
        where T : class => new(value, null);

    public static CommandResult<Completed> Done() => new(Completed.Instance, null);

    /// <summary>A failure of the given kind; <see cref="Invalid{T}"/> for field errors.</summary>
    public static CommandResult<T> Fail<T>(CommandFailure failure, string? message = null)
        where T : class => new(null, failure, message);

    public static CommandResult<T> NotFound<T>(string? message = null)
        where T : class => new(null, CommandFailure.NotFound, message);

    public static CommandResult<T> Conflict<T>(string? message = null)
        where T : class => new(null, CommandFailure.Conflict, message);

    public static CommandResult<T> Invalid<T>(FieldErrors errors)
        where T : class => new(null, CommandFailure.Invalid, null, errors);
}

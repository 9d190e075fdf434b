using Microsoft.AspNetCore.Http.HttpResults;

namespace ParcelWatch.Web.Features.Shared;

/// <summary>
/// The one mapping of a <see cref="CommandResult{T}"/> to HTTP, for every feature's endpoints: the value as the
/// endpoint's success; invalid input as a 400 validation problem with its field errors; not found and conflict as a
/// 404 and 409 problem (the standard title of the status, the message as the detail); forbidden as a 403. A read of one
/// thing (<see cref="FoundOrNotFound{T, TSuccess}"/>) answers the same 404 problem when there is nothing to read.
/// </summary>
public static class CommandHttp
{
    public static Results<TSuccess, ValidationProblem, ProblemHttpResult, ForbidHttpResult> ToHttp<T, TSuccess>(
        this CommandResult<T> result, Func<T, TSuccess> success)
        where T : class
        where TSuccess : IResult => result switch
        {
            { Failure: null, Value: { } value } => success(value),
            { Failure: CommandFailure.Invalid } => TypedResults.ValidationProblem(result.Errors!.ToDictionary()),
            { Failure: CommandFailure.Forbidden } => TypedResults.Forbid(),
            { Failure: CommandFailure.NotFound } => NotFoundProblem(result.Message),
            _ => TypedResults.Problem(result.Message, statusCode: StatusCodes.Status409Conflict),
        };

    /// <summary>
    /// The thing read as the endpoint's success, or the 404 problem of a command on something unknown: written by the
    /// endpoint whatever the request accepts, never left to the status-code pages.
    /// </summary>
    public static Results<TSuccess, ProblemHttpResult> FoundOrNotFound<T, TSuccess>(this T? found, Func<T, TSuccess> success)
        where T : class
        where TSuccess : IResult => found is { } value ? success(value) : NotFoundProblem();

    /// <summary>The 404 problem, for an endpoint that reads one thing and answers it other than as a value.</summary>
    public static ProblemHttpResult NotFoundProblem(string? message = null) =>
        TypedResults.Problem(message, statusCode: StatusCodes.Status404NotFound);
}

using Microsoft.AspNetCore.Http.HttpResults;

namespace ParcelWatch.Web.Features.Shared;

/// <summary>
/// The one mapping of a <see cref="CommandResult{T}"/> to HTTP, for every feature's endpoints: the value as the
/// endpoint's success; invalid input as a 400 validation problem with its field errors; not found and conflict as a
/// 404 and 409 problem (the standard title of the status, the message as the detail); forbidden as a 403.
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
            { Failure: CommandFailure.NotFound } => TypedResults.Problem(result.Message, statusCode: StatusCodes.Status404NotFound),
            _ => TypedResults.Problem(result.Message, statusCode: StatusCodes.Status409Conflict),
        };
}

using Microsoft.AspNetCore.Diagnostics;

namespace ParcelWatch.Web.Infrastructure.Web;

/// <summary>
/// Errors as people and programs expect them: <c>/api</c> answers RFC 7807 problem details for every error
/// status and exception; pages show a friendly page. No stack trace leaves the server, in any environment.
/// </summary>
public static class ErrorHandling
{
    public static IServiceCollection AddParcelWatchErrorHandling(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddExceptionHandler<ApiExceptionHandler>();
        return services;
    }

    public static WebApplication UseParcelWatchErrorHandling(this WebApplication app)
    {
        // Pages: an exception re-executes /Error, an empty error status re-executes /not-found.
        app.UseExceptionHandler("/Error", createScopeForErrors: true);
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);

        // API: an empty error status gets a problem-details body first, so the page above never applies. So does
        // any refused post (a form without its antiforgery token, say): re-executing a page would post the same
        // refused form to it and fail a second time.
        app.UseWhen(
            context => context.Request.IsApiRequest() || !HttpMethods.IsGet(context.Request.Method),
            refused => refused.UseStatusCodePages());
        return app;
    }

    /// <summary>Unhandled exceptions of <c>/api</c> requests become a 500 problem, without exception details.</summary>
    private sealed class ApiExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
        {
            // The middleware has already pointed Request.Path at /Error; the feature keeps the original path.
            var originalPath = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path;
            if (!ApiPaths.IsApi(originalPath))
            {
                return false;
            }

            httpContext.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return await problemDetails.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = httpContext,
                Exception = exception,
                ProblemDetails = { Status = StatusCodes.Status500InternalServerError, Title = "An unexpected error occurred." },
            });
        }
    }
}

using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.Data;
using Microsoft.Extensions.Options;
using ParcelWatch.Data.Entities;
using ParcelWatch.Data;
using ParcelWatch.Web.Infrastructure.Database;
using ParcelWatch.Web.Infrastructure.Security;
using ParcelWatch.Web.Infrastructure.Web;

namespace ParcelWatch.Web.Features.Account;

/// <summary>
/// The accounts feature's registrations (<see cref="AddAccounts"/>) and endpoints (<see cref="MapAccounts"/>): ASP.NET
/// Core Identity with roles, the bearer-token + cookie scheme of the Identity API endpoints, and the password policy of
/// OWASP ASVS 5.0 (length 8..128, no composition rules, a common-password check, lockout).
/// </summary>
public static class IdentitySetup
{
    public const int MinimumPasswordLength = 8;
    public const int MaximumPasswordLength = 128;
    public const int MaxFailedAccessAttempts = 5;

    /// <summary>OWASP Password Storage Cheat Sheet: PBKDF2-HMAC-SHA512 with 210,000 iterations.</summary>
    public const int Pbkdf2Iterations = 210_000;

    /// <summary>The accounts feature: Identity, its settings, the sign-in and session guards, personal data, seeding.</summary>
    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddOptions<AccountOptions>().BindConfiguration(AccountOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddCascadingAuthenticationState();
        services.AddScoped<IdentityRedirectManager>();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();

        // Registers the composite scheme that accepts the bearer token of /api/v1/auth/login or the cookie.
        services.AddIdentityApiEndpoints<ApplicationUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = MinimumPasswordLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = MaxFailedAccessAttempts;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Stores.SchemaVersion = IdentitySchemaVersions.Version3;
            })
            .AddRoles<IdentityRole>()
            .AddUserManager<StampAwareUserManager>()
            .AddEntityFrameworkStores<ParcelWatchDbContext>()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>()
            .AddPasswordValidator<CommonPasswordValidator<ApplicationUser>>();

        services.AddOptions<IdentityOptions>().Configure<IOptions<AccountOptions>>((options, accounts) =>
        {
            options.SignIn.RequireConfirmedAccount = accounts.Value.RequireConfirmedEmail;
            options.SignIn.RequireConfirmedEmail = accounts.Value.RequireConfirmedEmail;
        });
        services.Configure<PasswordHasherOptions>(options => options.IterationCount = Pbkdf2Iterations);

        // Challenges and forbids go to the cookie handler: pages redirect to the login page, /api answers 401/403.
        services.Configure<AuthenticationOptions>(options =>
        {
            options.DefaultChallengeScheme = IdentityConstants.ApplicationScheme;
            options.DefaultForbidScheme = IdentityConstants.ApplicationScheme;
        });
        // Antiforgery's cookie is HttpOnly and SameSite=Strict already; it is Secure over HTTPS, like the sign-in cookie.
        services.AddAntiforgery(options => options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/Login";
            options.AccessDeniedPath = "/Account/AccessDenied";
            options.Cookie.Name = "ParcelWatch.Auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.Events.OnRedirectToLogin = context => AnswerApiOrRedirect(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => AnswerApiOrRedirect(context, StatusCodes.Status403Forbidden);
        });

        services.AddSingleton<IEmailSender<ApplicationUser>>(provider =>
            provider.GetRequiredService<IOptions<AccountOptions>>().Value.Smtp.IsConfigured
                ? ActivatorUtilities.CreateInstance<SmtpEmailSender>(provider)
                : ActivatorUtilities.CreateInstance<IdentityNoOpEmailSender>(provider));
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<SecurityStampMemo>();
        services.AddScoped<UnknownAccountTiming>();
        services.AddScoped<PersonalData>();
        services.AddScoped<IDatabaseSeeder, AccountSeeder>();
        return services;
    }

    /// <summary>
    /// The Identity API endpoints (register, login, refresh, …) under <c>/api/v1/auth</c>, the caller's personal data
    /// under <c>/api/v1/account</c>, and the pages' own posts (<c>/Account/Logout</c>, …).
    /// </summary>
    public static IEndpointRouteBuilder MapAccounts(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("/api/v1/auth").WithTags("Auth")
            .RequireRateLimiting(RateLimiting.AccountPosts)
            .WithSignInThrottle()
            .MapIdentityApi<ApplicationUser>();
        endpoints.MapPersonalDataApi();
        endpoints.MapAdditionalIdentityEndpoints();
        return endpoints;
    }

    /// <summary>
    /// Adds the per-account sign-in limit to the Identity API's <c>/login</c> (the body names the account), and makes an
    /// unknown account's answer take as long as a wrong password's.
    /// </summary>
    private static TBuilder WithSignInThrottle<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            if (context.Arguments.OfType<LoginRequest>().FirstOrDefault() is { } login)
            {
                var services = context.HttpContext.RequestServices;
                if (services.GetRequiredService<SignInThrottle>().TryEnter(login.Email) is { } retryAfter)
                {
                    await RateLimiting.WriteRejectionAsync(context.HttpContext, retryAfter);
                    return Results.Empty;
                }

                await services.GetRequiredService<UnknownAccountTiming>().EqualizeAsync(login.Email, login.Password);
            }

            return await next(context);
        });

    private static Task AnswerApiOrRedirect(RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int apiStatus)
    {
        if (context.Request.IsApiRequest())
        {
            context.Response.StatusCode = apiStatus;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}

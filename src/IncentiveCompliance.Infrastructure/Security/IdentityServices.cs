using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Identity;
using IncentiveCompliance.Core.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IncentiveCompliance.Infrastructure.Security;

public static class IdentityServices
{
    /// <summary>
    /// Identity's user store in the application database. Sign-in pauses for an account after
    /// <c>SignIn:FailuresPerAccount</c> consecutive failures (default 100) for <c>SignIn:AccountPauseMinutes</c> (15).
    /// </summary>
    public static IServiceCollection AddAppIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddIdentityCore<AppUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                // Length and guessability only (PasswordRule); no composition rules (NIST SP 800-63B).
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddPasswordValidator<PasswordRule>()
            .AddTokenProvider<AuthenticatorTokenProvider<AppUser>>(TokenOptions.DefaultAuthenticatorProvider)
            .AddErrorDescriber<SpanishIdentityErrors>();

        services.AddSingleton(new DemoMode(configuration.GetValue<bool>("Demo:Enabled")));
        services.AddOptions<IdentityOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            options.Lockout.MaxFailedAccessAttempts = configuration.GetValue("SignIn:FailuresPerAccount", 100);
            options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(configuration.GetValue("SignIn:AccountPauseMinutes", 15));
        });
        // Keys in the application database, so every node signs alike and they survive restarts; encrypted there with the
        // configured certificate (KeyCertificate), which also decrypts them on every node.
        var keys = services.AddDataProtection().SetApplicationName("IncentiveCompliance").PersistKeysToDbContext<AppDbContext>();
        if (KeyCertificate.Load(configuration) is { } certificate)
        {
            keys.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        }

        return services;
    }
}

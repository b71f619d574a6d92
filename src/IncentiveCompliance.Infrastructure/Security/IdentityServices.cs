using System.Security.Cryptography.X509Certificates;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Identity;
using IncentiveCompliance.Core.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IncentiveCompliance.Infrastructure.Security;

public static class IdentityServices
{
    /// <summary>
    /// Identity's user store in the application database. Sign-in pauses for an account after
    /// <c>SignIn:FailuresPerAccount</c> consecutive failures for <c>SignIn:AccountPauseMinutes</c> (<see cref="SignInLimits"/>).
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

        services.AddSettings<DemoOptions>(DemoOptions.Section);
        services.AddSingleton(sp => new DemoMode(sp.Setting<DemoOptions>().Enabled));
        services.AddSettings<SignInLimits>(SignInLimits.Section);
        services.AddOptions<IdentityOptions>().Configure<IOptions<SignInLimits>>((options, limits) =>
        {
            options.Lockout.MaxFailedAccessAttempts = limits.Value.FailuresPerAccount;
            options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(limits.Value.AccountPauseMinutes);
        });
        // Keys in the application database, so every node signs alike and they survive restarts; encrypted there with the
        // configured certificate (KeyCertificate), which also decrypts them on every node; the previous one, while a
        // certificate is being replaced, decrypts the keys it encrypted.
        var keys = services.AddDataProtection().SetApplicationName("IncentiveCompliance").PersistKeysToDbContext<AppDbContext>();
        if (KeyCertificate.Load(configuration) is { } certificate)
        {
            X509Certificate2[] readers = KeyCertificate.LoadPrevious(configuration) is { } previous ? [certificate, previous] : [certificate];
            keys.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(readers);
        }

        return services;
    }
}

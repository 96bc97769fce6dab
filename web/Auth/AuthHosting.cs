using Laboratori.Web.Cluster;
using Laboratori.Web.Data;
using Laboratori.Web.Programmes;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Laboratori.Web.Auth;

/// <summary>
/// Staff accounts (ASP.NET Core Identity over <see cref="LaboratoriDb"/>), the JWT bearer scheme with its revocation
/// check, the role policies and the sign-in limiter.
/// </summary>
public static class AuthHosting
{
    public static WebApplicationBuilder AddLaboratoriAuth(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddLaboratoriData(builder.Configuration);
        services.AddLaboratoriProgrammes();
        Attendance.AttendanceHosting.AddLaboratoriAttendance(services);
        Privacy.PrivacyHosting.AddLaboratoriPrivacy(services);
        services.AddMemoryCache();
        services.AddSingleton<TokenService>();
        services.AddSingleton<AccountSessions>();
        services.AddSingleton<IRevocableCredentials>(sp => sp.GetRequiredService<AccountSessions>());
        services.AddSingleton<ProjectorLinks>();
        services.AddSingleton<IRevocableCredentials>(sp => sp.GetRequiredService<ProjectorLinks>());
        services.AddSingleton<RevocableCredentialsHubFilter>();
        services.AddScoped<StaffBootstrap>();
        services.AddScoped<StaffDirectory>();
        services.Configure<HubOptions>(o =>
        {
            o.AddFilter<RevocableCredentialsHubFilter>();
        });

        services.AddIdentityCore<StaffUser>()
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<LaboratoriDb>()
            .AddDefaultTokenProviders();
        services.AddOptions<IdentityOptions>().Configure<IOptions<AuthOptions>>((identity, auth) =>
        {
            identity.Password = new PasswordOptions
            {
                RequiredLength = auth.Value.MinimumPasswordLength, RequireDigit = false, RequireLowercase = false,
                RequireUppercase = false, RequireNonAlphanumeric = false, RequiredUniqueChars = 4,
            };
            identity.Lockout = new LockoutOptions
            {
                AllowedForNewUsers = true, MaxFailedAccessAttempts = auth.Value.LockoutAttempts, DefaultLockoutTimeSpan = auth.Value.LockoutDuration,
            };
            identity.User.RequireUniqueEmail = false;
            identity.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@";
        });
        services.AddOptions<DataProtectionTokenProviderOptions>().Configure<IOptions<AuthOptions>>((o, auth) => o.TokenLifespan = auth.Value.InviteLifetime);

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<TokenService>((jwt, tokens) =>
        {
            jwt.MapInboundClaims = false;
            jwt.TokenValidationParameters = tokens.ValidationParameters();
            jwt.Events = new JwtBearerEvents
            {
                // Browsers cannot set headers on WebSockets: the hub takes the token from the query string.
                OnMessageReceived = context =>
                {
                    if (context.Request.Path.StartsWithSegments("/hubs") && context.Request.Query["access_token"] is [{ Length: > 0 } token])
                    {
                        context.Token = token;
                    }
                    else if (ClusterDashboard.TokenFrom(context.Request) is { } dashboard)
                    {
                        context.Token = dashboard;
                    }

                    return Task.CompletedTask;
                },
                OnTokenValidated = BearerEvents.CheckAccountAsync,
                OnChallenge = BearerEvents.ChallengeAsync,
                OnForbidden = BearerEvents.ForbiddenAsync,
            };
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Staff, p => p.RequireRole(StaffRoles.Staff))
            .AddPolicy(Policies.Admin, p => p.RequireRole(StaffRoles.Admin))
            .AddPolicy(Policies.Organiser, p => p.RequireRole(StaffRoles.Admin, StaffRoles.Coordinator, StaffRoles.Facilitator))
            .AddPolicy(Policies.Programmes, p => p.RequireRole(StaffRoles.Admin, StaffRoles.Coordinator));
        services.AddRateLimiter(LoginRateLimit.AddTo);
        return builder;
    }
}

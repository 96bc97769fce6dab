using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Laboratori.Web.Hosting;

/// <summary>
/// <c>/healthz</c>: the process serves requests (liveness: restart it if this fails). <c>/readyz</c>: every registered
/// check passes, the silo's and the database's among them (readiness: send it traffic). Both answer plain text, no details.
/// </summary>
public static class HealthEndpoints
{
    public static IServiceCollection AddLaboratoriHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        return services;
    }

    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz");
        return app;
    }
}

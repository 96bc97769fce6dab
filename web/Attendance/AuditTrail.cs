using Laboratori.Web.Auth;
using Laboratori.Web.Data;

namespace Laboratori.Web.Attendance;

/// <summary>
/// Records an endpoint's successful answers in the audit trail: one filter on the endpoints that hand out personal data,
/// rather than a line in each. A refused request (an error answer) reached nothing and is not recorded.
/// </summary>
public static class AuditTrail
{
    public static RouteHandlerBuilder Audited(this RouteHandlerBuilder endpoint, string action) =>
        endpoint.AddEndpointFilter(async (context, next) =>
        {
            var result = await next(context);
            // Results<A, B> wraps the answer the handler chose.
            var answer = result is INestedHttpResult nested ? nested.Result : result;
            var refused = answer is IStatusCodeHttpResult { StatusCode: >= 400 };
            if (!refused && Caller.From(context.HttpContext.User) is { } caller)
            {
                var services = context.HttpContext.RequestServices;
                var db = services.GetRequiredService<LaboratoriDb>();
                var request = context.HttpContext.Request;
                var target = (request.Path + request.QueryString).ToString();
                db.Set<AuditEntry>().Add(new AuditEntry
                {
                    At = services.GetRequiredService<TimeProvider>().GetUtcNow(),
                    ActorId = caller.Id,
                    ActorRole = caller.AccountRole,
                    Action = action,
                    Target = target.Length > 500 ? target[..500] : target,
                });
                await db.SaveChangesAsync();
            }

            return result;
        });
}

using Laboratori.Web.Api;
using Laboratori.Web.Cluster;
using Laboratori.Web.Demo;
using Laboratori.Web.Enti;
using Laboratori.Web.Hosting;
using Laboratori.Web.Hubs;
using Laboratori.Web.Metrics;
using Laboratori.Web.Privacy;

var builder = WebApplication.CreateBuilder(args);
builder.AddLaboratori();
builder.AddDemo();

var app = builder.Build();
app.UseTrustedProxies();
app.UseSecurityHeaders();
if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
}

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseDefaultFiles();
app.UseStaticFiles();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();

app.MapAuthApi();
app.MapStaffApi();
app.MapProgrammesApi();
app.MapDashboardApi();
app.MapJoinApi();
app.MapAdesioniApi();
app.MapRegisterApi();
app.MapAuditApi();
app.MapMyDataApi();
app.MapPrivacyApi();
app.MapEntiApi();
app.MapOnBehalfApi();
app.MapLabsApi();
app.MapProjectorLinkApi();
app.MapHistoryApi();
app.MapCohesionApi();
app.MapActionsApi();
app.MapDocumentsApi();
app.MapHealthEndpoints();
app.MapClusterApi();
app.MapLaboratoriDashboard(app.Configuration);
app.MapLaboratoriMetrics();
// Authorized once, when the connection is made: an [Authorize] on the hub would run the policy again on every
// invocation (a dozen presence messages a second per person), and every method checks the caller's role anyway.
app.MapHub<LabHub>("/hubs/lab", o => o.CloseOnAuthenticationExpiration = true).RequireAuthorization();
app.MapFallbackToFile("{*path:nonfile:" + NotApiRouteConstraint.Name + "}", "index.html");

app.Run();

/// <summary>The web host's entry point; public so that tests can host it.</summary>
public partial class Program;

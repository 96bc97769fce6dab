using Laboratori.Web.Api;
using Laboratori.Web.Demo;
using Laboratori.Web.Hosting;
using Laboratori.Web.Hubs;

var builder = WebApplication.CreateBuilder(args);
builder.AddLaboratori();
builder.AddDemo();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseDefaultFiles();
app.UseStaticFiles();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();

app.MapAuthApi();
app.MapJoinApi();
app.MapLabsApi();
app.MapHistoryApi();
app.MapHub<LabHub>("/hubs/lab");
app.MapFallbackToFile("index.html");

app.Run();

/// <summary>The web host's entry point; public so that tests can host it.</summary>
public partial class Program;

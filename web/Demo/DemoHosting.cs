namespace Laboratori.Web.Demo;

public static class DemoHosting
{
    public static WebApplicationBuilder AddDemo(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.SectionName);
        builder.Services.AddHostedService<DemoSeeder>();
        builder.Services.AddHostedService<DemoProgrammeSeeder>();
        return builder;
    }
}

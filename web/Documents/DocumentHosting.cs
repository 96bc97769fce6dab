namespace Laboratori.Web.Documents;

/// <summary>Registers what documents for funders need: options, logos, the PDF printer, attendance figures, the reader.</summary>
public static class DocumentHosting
{
    public static IServiceCollection AddLaboratoriDocuments(this IServiceCollection services)
    {
        services.AddOptions<DocumentOptions>().BindConfiguration(DocumentOptions.SectionName)
            .Validate(o => o.MaxConcurrentPrints is >= 1 and <= 16 && o.PrintTimeout > TimeSpan.Zero, "Documents: 1 ≤ MaxConcurrentPrints ≤ 16, PrintTimeout > 0.")
            .ValidateOnStart();
        services.AddSingleton<DocumentLogos>();
        services.AddSingleton<ChromiumPdf>();
        services.AddSingleton<IAttendanceFigures, LogAttendanceFigures>();
        services.AddScoped<DossierReader>();
        return services;
    }
}

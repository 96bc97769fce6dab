using System.Globalization;
using System.Text;
using Laboratori.Contracts;
using Laboratori.Web.Auth;
using Laboratori.Web.Documents;
using Laboratori.Web.Exports;
using Laboratori.Web.Hosting;

namespace Laboratori.Web.Api;

/// <summary>
/// Documents for funders and for the restituzione: a lab's verbale per incontro and relazione, an edizione's or a
/// programme's relazione, Tavolo Unificato and Piano delle azioni across its labs. DOCX, PDF (printed by Chromium) or
/// the printable HTML page. Staff who open the lab (or, across labs, the labs they open) only.
/// </summary>
public static class DocumentsApi
{
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static IEndpointRouteBuilder MapDocumentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireAuthorization();
        api.MapGet("/labs/{labId}/documents/verbale", VerbaleAsync);
        api.MapGet("/labs/{labId}/documents/relazione", LabRelazioneAsync);
        foreach (var kind in new[] { "edizioni", "programmes" })
        {
            var scopes = api.MapGroup($"/{kind}/{{id}}").RequireAuthorization(Policies.Staff).WithMetadata(new ScopeKind(kind == "edizioni"));
            scopes.MapGet("/documents/relazione", ScopeRelazioneAsync);
            scopes.MapGet("/synthesis", UnifiedAsync);
            scopes.MapGet("/actions", ScopeActionsAsync);
        }

        return app;
    }

    private static async Task<IResult> VerbaleAsync(
        string labId, HttpContext http, LabAccess access, DossierReader reader, DocumentLogos logos, ChromiumPdf pdf, TimeProvider time, int? incontro = null, string format = "docx")
    {
        var found = await access.ResolveAsync(http.User, labId);
        if (found is not { Lab: { } lab, Actor.Role: not Role.Participant })
        {
            return ApiProblem.From(found.Error ?? DocumentsForbidden);
        }

        var dossier = await reader.LabAsync(lab);
        var number = incontro ?? (dossier.Attendance.Count > 0 ? dossier.Attendance[^1].Number : 0);
        return VerbaleDocument.Build(dossier, number, time.GetUtcNow()) is { } model
            ? await AnswerAsync(http, model, format, $"verbale-{labId}-incontro-{number}", logos, pdf)
            : ApiProblem.From(DocumentErrors.MeetingNotFound);
    }

    private static async Task<IResult> LabRelazioneAsync(
        string labId, HttpContext http, LabAccess access, DossierReader reader, DocumentLogos logos, ChromiumPdf pdf, TimeProvider time, string format = "docx")
    {
        var found = await access.ResolveAsync(http.User, labId);
        if (found is not { Lab: { } lab, Actor.Role: not Role.Participant })
        {
            return ApiProblem.From(found.Error ?? DocumentsForbidden);
        }

        var model = RelazioneDocument.ForLab(await reader.LabAsync(lab), time.GetUtcNow(), RomeTime.Today(time));
        return await AnswerAsync(http, model, format, $"relazione-{labId}", logos, pdf);
    }

    private static async Task<IResult> ScopeRelazioneAsync(
        string id, HttpContext http, DossierReader reader, DocumentLogos logos, ChromiumPdf pdf, TimeProvider time, string format = "docx")
    {
        var (scope, error) = await reader.ScopeAsync(Caller.From(http.User)!, ScopeKind.Of(http), id);
        return scope is null
            ? ApiProblem.From(error!)
            : await AnswerAsync(http, RelazioneDocument.ForScope(scope, time.GetUtcNow(), RomeTime.Today(time)), format, $"relazione-{id}", logos, pdf);
    }

    private static async Task<IResult> UnifiedAsync(
        string id, HttpContext http, DossierReader reader, DocumentLogos logos, ChromiumPdf pdf, TimeProvider time, string format = "json")
    {
        var (scope, error) = await reader.ScopeAsync(Caller.From(http.User)!, ScopeKind.Of(http), id);
        if (scope is null)
        {
            return ApiProblem.From(error!);
        }

        var table = RelazioneDocument.Unified(scope);
        if (format == "json")
        {
            return TypedResults.Ok(table);
        }

        var model = new DocumentModel(table.Title, scope.Context.Letterhead,
        [
            new DocumentParagraph($"Laboratori: {string.Join("; ", table.Labs)}. Tra parentesi quadre il laboratorio di ogni scheda; ● voti ricevuti."),
            DocumentParts.Unified(table),
            DocumentParts.Produced(time.GetUtcNow()),
        ]);
        return await AnswerAsync(http, model, format, $"tavolo-unificato-{id}", logos, pdf);
    }

    private static async Task<IResult> ScopeActionsAsync(
        string id, HttpContext http, DossierReader reader, TimeProvider time, string format = "json", string? today = null, bool open = false)
    {
        var date = RomeTime.Today(time);
        if (today is not null && !DateOnly.TryParseExact(today, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return ApiProblem.From(Errors.DeadlineInvalid);
        }

        var (scope, error) = await reader.ScopeAsync(Caller.From(http.User)!, ScopeKind.Of(http), id);
        if (scope is null)
        {
            return ApiProblem.From(error!);
        }

        var plan = open ? RelazioneDocument.ScopePlan(scope, date).Due() : RelazioneDocument.ScopePlan(scope, date);
        return format switch
        {
            "json" => TypedResults.Ok(plan),
            "md" => TypedResults.File(Encoding.UTF8.GetBytes(ActionPlanMarkdown.Render(plan)), "text/markdown; charset=utf-8", $"piano-azioni-{id}.md"),
            "csv" => TypedResults.File(ActionPlanCsv.Render(plan), "text/csv; charset=utf-8", $"piano-azioni-{id}.csv"),
            _ => ApiProblem.From(DocumentErrors.FormatUnknown.With("Formati: json, md, csv.", "Formats: json, md, csv.")),
        };
    }

    private static async Task<IResult> AnswerAsync(HttpContext http, DocumentModel model, string format, string name, DocumentLogos logos, ChromiumPdf pdf)
    {
        switch (format)
        {
            case "docx":
                return TypedResults.File(DocxWriter.Write(model, logos.All), Docx, name + ".docx");
            case "html":
                http.Response.Headers.ContentSecurityPolicy = SecurityHeaders.PrintablePagePolicy;
                return TypedResults.Content(DocumentHtml.Render(model, logos.All), "text/html; charset=utf-8");
            case "pdf":
                return await PdfAnswer.PrintAsync(http, pdf, DocumentHtml.Render(model, logos.All), name + ".pdf");
            default:
                return ApiProblem.From(DocumentErrors.FormatUnknown.With("Formati: docx, pdf, html.", "Formats: docx, pdf, html."));
        }
    }

    /// <summary>Whether the route names an edizione (else a programme): endpoint metadata, so one handler serves both.</summary>
    private sealed record ScopeKind(bool Edizione)
    {
        public static bool Of(HttpContext http) => http.GetEndpoint()?.Metadata.GetMetadata<ScopeKind>()?.Edizione ?? false;
    }

    private static readonly CanvasError DocumentsForbidden =
        Errors.Forbidden.With("Verbali e relazioni sono per lo staff del laboratorio.", "Minutes and reports are for the lab's staff.");
}

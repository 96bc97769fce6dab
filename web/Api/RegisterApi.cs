using System.Globalization;
using Laboratori.Contracts;
using Laboratori.Web.Attendance;
using Laboratori.Web.Data;
using Laboratori.Web.Documents;
using Laboratori.Web.Programmes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Laboratori.Web.Api;

/// <summary>
/// An incontro's register: read it (staff of the lab), take the roll call (those who run the lab and its tutors, while
/// the incontro is open), read every change with its author; a lab's hours per person against its percorso.
/// </summary>
public static class RegisterApi
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IEndpointRouteBuilder MapRegisterApi(this IEndpointRouteBuilder app)
    {
        var incontri = app.MapGroup("/api/incontri/{id}/register").RequireAuthorization();
        incontri.MapGet("/", ReadAsync);
        incontri.MapPut("/{memberId}", MarkAsync);
        incontri.MapGet("/marks", MarksAsync);
        incontri.MapGet("/export", ExportAsync).Audited(AuditActions.RegisterExport);
        app.MapGet("/api/labs/{labId}/hours", HoursAsync).RequireAuthorization().Audited(AuditActions.HoursRead);
        app.MapGet("/api/labs/{labId}/hours/export", HoursExportAsync).RequireAuthorization().Audited(AuditActions.HoursExport);
        app.MapGet("/api/labs/{labId}/certificates", CertificatesAsync).RequireAuthorization().Audited(AuditActions.Certificates);
        app.MapGet("/api/edizioni/{id}/register", EdizioneAsync).RequireAuthorization().Audited(AuditActions.EdizioneRegister);
        return app;
    }

    private static async Task<Results<Ok<RegisterView>, ProblemHttpResult>> ReadAsync(string id, HttpContext http, RegisterReader reader, RegisterAccess access)
    {
        var (incontro, denied) = await IncontroAsync(id, http, reader, access, RegisterRight.Read);
        return incontro is null ? denied! : TypedResults.Ok(await reader.ReadAsync(incontro));
    }

    private static async Task<Results<Ok<RegisterRow>, ProblemHttpResult>> MarkAsync(
        string id, string memberId, MarkRequest request, HttpContext http, RegisterReader reader, RegisterAccess access, LaboratoriDb db, TimeProvider time)
    {
        var (incontro, denied) = await IncontroAsync(id, http, reader, access, RegisterRight.Mark);
        if (incontro is null)
        {
            return denied!;
        }

        if (request.Status is not { } status || !RegisterStatuses.All.Contains(status))
        {
            return ApiProblem.From(AttendanceErrors.RegisterStatusInvalid);
        }

        if (!TryTime(request.Entry, out var entry) || !TryTime(request.Exit, out var exit) || (entry is { } e && exit is { } x && e >= x))
        {
            return ApiProblem.From(AttendanceErrors.RegisterTimeInvalid);
        }

        var person = await db.Set<Adherent>().AsNoTracking().SingleOrDefaultAsync(a => a.LabId == incontro.LabId && a.MemberId == memberId);
        var view = person is null ? await reader.ReadAsync(incontro) : null;
        if (person is null && view!.Rows.All(r => r.MemberId != memberId))
        {
            return ApiProblem.From(AttendanceErrors.AdherentNotFound);
        }

        if (!reader.IsOpen(incontro))
        {
            return ApiProblem.From(AttendanceErrors.IncontroNotOpen);
        }

        db.Add(new RegisterMark
        {
            LabId = incontro.LabId, IncontroId = incontro.Id, MemberId = person?.MergedInto ?? memberId, Status = status, Entry = entry, Exit = exit,
            AuthorId = Auth.Caller.From(http.User)!.Id, At = time.GetUtcNow(),
        });
        await db.SaveChangesAsync();
        var row = (await reader.ReadAsync(incontro)).Rows.Single(r => r.MemberId == (person?.MergedInto ?? memberId));
        return TypedResults.Ok(row);
    }

    private static async Task<Results<Ok<RegisterMark[]>, ProblemHttpResult>> MarksAsync(string id, HttpContext http, RegisterReader reader, RegisterAccess access, LaboratoriDb db)
    {
        var (incontro, denied) = await IncontroAsync(id, http, reader, access, RegisterRight.Read);
        return incontro is null ? denied! : TypedResults.Ok(await db.Set<RegisterMark>().AsNoTracking().Where(m => m.IncontroId == id).OrderBy(m => m.Id).ToArrayAsync());
    }

    private static async Task<Results<Ok<LabHours>, ProblemHttpResult>> HoursAsync(string labId, HttpContext http, RegisterReader reader, RegisterAccess access)
    {
        var (permission, error) = await access.ResolveAsync(http.User, labId);
        return permission == RegisterRight.None ? ApiProblem.From(error ?? Errors.Forbidden) : TypedResults.Ok(await reader.HoursAsync(labId));
    }

    private static async Task<IResult> ExportAsync(string id, HttpContext http, RegisterReader reader, RegisterAccess access, ChromiumPdf pdf, string format = "csv")
    {
        var (incontro, denied) = await IncontroAsync(id, http, reader, access, RegisterRight.Read);
        if (incontro is null)
        {
            return denied!;
        }

        var register = await reader.ReadAsync(incontro);
        var name = string.Create(CultureInfo.InvariantCulture, $"registro-{incontro.LabId}-{incontro.Date:yyyy-MM-dd}");
        if (format == "html")
        {
            http.Response.Headers.ContentSecurityPolicy = Hosting.SecurityHeaders.PrintablePagePolicy;
        }

        return format switch
        {
            "csv" => TypedResults.File(RegisterCsv.Incontro(register), "text/csv; charset=utf-8", name + ".csv"),
            "xlsx" => TypedResults.File(HoursXlsx.Incontro(register), XlsxType, name + ".xlsx"),
            "html" => TypedResults.Content(SignInSheetHtml.Render(register), "text/html; charset=utf-8"),
            "pdf" => await PdfAnswer.PrintAsync(http, pdf, SignInSheetHtml.Render(register), $"foglio-firme-{incontro.LabId}-{incontro.Date:yyyy-MM-dd}.pdf"),
            _ => ApiProblem.From(Errors.BadRequest.With("Formato: csv, xlsx, html o pdf.", "Format: csv, xlsx, html or pdf.")),
        };
    }

    private static async Task<IResult> HoursExportAsync(string labId, HttpContext http, RegisterReader reader, RegisterAccess access, string format = "csv")
    {
        var (permission, error) = await access.ResolveAsync(http.User, labId);
        if (permission == RegisterRight.None)
        {
            return ApiProblem.From(error ?? Errors.Forbidden);
        }

        return await HoursFileAsync([await reader.HoursAsync(labId)], $"ore-{labId}", format);
    }

    private static async Task<IResult> CertificatesAsync(
        string labId, HttpContext http, RegisterReader reader, RegisterAccess access, ChromiumPdf pdf, TimeProvider time, string format = "html")
    {
        var (permission, error) = await access.ResolveAsync(http.User, labId);
        if (permission == RegisterRight.None)
        {
            return ApiProblem.From(error ?? Errors.Forbidden);
        }

        if (format is not ("html" or "pdf"))
        {
            return ApiProblem.From(DocumentErrors.FormatUnknown.With("Formati: html, pdf.", "Formats: html, pdf."));
        }

        var html = CertificatesHtml.Render(await reader.HoursAsync(labId), DateOnly.FromDateTime(AttendanceClock.Local(time.GetUtcNow()).DateTime));
        if (format == "pdf")
        {
            return await PdfAnswer.PrintAsync(http, pdf, html, $"attestati-{labId}.pdf");
        }

        http.Response.Headers.ContentSecurityPolicy = Hosting.SecurityHeaders.PrintablePagePolicy;
        return TypedResults.Content(html, "text/html; charset=utf-8");
    }

    private static async Task<IResult> EdizioneAsync(string id, HttpContext http, RegisterReader reader, RegisterAccess access, LaboratoriDb db, string format = "csv")
    {
        if (!await db.Edizioni.AnyAsync(e => e.Id == id))
        {
            return ApiProblem.From(ProgrammeErrors.EdizioneNotFound);
        }

        var readable = new List<LabHours>();
        foreach (var labId in await db.LabPlacements.AsNoTracking().Where(p => p.EdizioneId == id).OrderBy(p => p.LabId).Select(p => p.LabId).ToListAsync())
        {
            if ((await access.ResolveAsync(http.User, labId)).Permission != RegisterRight.None)
            {
                readable.Add(await reader.HoursAsync(labId));
            }
        }

        return readable.Count == 0 ? ApiProblem.From(Errors.Forbidden) : await HoursFileAsync(readable, $"registro-edizione-{id}", format);
    }

    private static Task<IResult> HoursFileAsync(List<LabHours> labs, string name, string format) => Task.FromResult<IResult>(format switch
    {
        "csv" => TypedResults.File(RegisterCsv.Hours(labs), "text/csv; charset=utf-8", name + ".csv"),
        "xlsx" => TypedResults.File(HoursXlsx.Hours(labs), XlsxType, name + ".xlsx"),
        _ => ApiProblem.From(Errors.BadRequest.With("Formato: csv o xlsx.", "Format: csv or xlsx.")),
    });

    private static async Task<(Incontro? Incontro, ProblemHttpResult? Denied)> IncontroAsync(string id, HttpContext http, RegisterReader reader, RegisterAccess access, RegisterRight needed)
    {
        if (await reader.IncontroAsync(id) is not { } incontro)
        {
            return (null, ApiProblem.From(ProgrammeErrors.IncontroNotFound));
        }

        var (permission, error) = await access.ResolveAsync(http.User, incontro.LabId);
        return permission >= needed ? (incontro, null) : (null, ApiProblem.From(error ?? Errors.Forbidden));
    }

    private static bool TryTime(string? text, out TimeOnly? time)
    {
        time = null;
        if (text is null)
        {
            return true;
        }

        if (!TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return false;
        }

        time = parsed;
        return true;
    }
}

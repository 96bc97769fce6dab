using Laboratori.Contracts;
using Laboratori.Grains.Canvas;
using Laboratori.Grains.Canvas.Operations;
using Laboratori.Web.Attendance;
using Laboratori.Web.Auth;
using Laboratori.Web.Enti;
using Laboratori.Web.Privacy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Laboratori.Web.Api;

/// <summary>
/// A lab's adesioni: staff who can open the lab read the list; those who run it add people by hand or import a
/// CSV/XLSX file, issue and revoke personal links (with a QR code) and merge two identities. Participants open their
/// personal link at <c>POST /api/join/personal</c>.
/// </summary>
public static class AdesioniApi
{
    /// <summary>The largest import file: 4 MiB, far more than 1,000 rows need.</summary>
    public const long MaxImportBytes = 4 * 1024 * 1024;

    public static IEndpointRouteBuilder MapAdesioniApi(this IEndpointRouteBuilder app)
    {
        var labs = app.MapGroup("/api/labs/{labId}/adesioni").RequireAuthorization();
        labs.MapGet("/", ListAsync).Audited(AuditActions.AdesioniRead);
        labs.MapPost("/", AddAsync);
        labs.MapPost("/import", ImportAsync).WithMetadata(new RequestSizeLimitAttribute(MaxImportBytes)).Audited(AuditActions.AdesioniImport);
        labs.MapPost("/merge", MergeAsync).Audited(AuditActions.AdesioniMerge);
        labs.MapPost("/{id}/erase", EraseAsync).Audited(AuditActions.AdesioniErase);
        labs.MapPost("/{id}/link", IssueLinkAsync);
        labs.MapDelete("/{id}/link", RevokeLinkAsync);
        labs.MapGet("/{id}/qr", QrAsync);
        app.MapPost("/api/join/personal", JoinAsync).RequireRateLimiting(RateLimits.Join);
        return app;
    }

    private static async Task<Results<Ok<AdherentView[]>, ProblemHttpResult>> ListAsync(string labId, HttpContext http, LabAccess access, AdherentStore store)
    {
        if (await DeniedAsync(http, access, labId, run: false) is { } denied)
        {
            return denied;
        }

        var erased = await store.ErasedAsync(labId);
        return TypedResults.Ok((await store.ListAsync(labId)).Select(a => AdherentView.From(a, erased.Contains(a.MergedInto ?? a.MemberId))).ToArray());
    }

    /// <summary>Erases a person (staff who run the lab): docs/attendance.md, "Erasure".</summary>
    private static async Task<Results<Ok<ErasedView>, ProblemHttpResult>> EraseAsync(string labId, string id, HttpContext http, LabAccess access, PersonErasure erasure)
    {
        if (await DeniedAsync(http, access, labId, run: true) is { } denied)
        {
            return denied;
        }

        var (pseudonym, error) = await erasure.EraseAsync(labId, id, Caller.From(http.User)!.Id);
        return pseudonym is not null ? TypedResults.Ok(new ErasedView(pseudonym)) : ApiProblem.From(error!);
    }

    private static async Task<Results<Created<AdherentView>, ProblemHttpResult>> AddAsync(
        string labId, AdherentRequest request, HttpContext http, LabAccess access, AdherentStore store, IOptions<LabLimits> limits, EnteStore enti)
    {
        if (await DeniedAsync(http, access, labId, run: true) is { } denied)
        {
            return denied;
        }

        if (request.EnteId is { } enteId)
        {
            if (await enti.FindForLabAsync(labId, enteId) is not { } ente)
            {
                return ApiProblem.From(EntiErrors.NotFound);
            }

            request = request with { Organisation = ente.Name, Sector = ente.Sector };
        }

        var name = request.DisplayName?.Trim() ?? string.Empty;
        var organisation = request.Organisation?.Trim() ?? string.Empty;
        var email = request.Email?.Trim() ?? string.Empty;
        var error = Rules.Text(name, limits.Value.MaxTitleLength) ?? (organisation.Length == 0 ? null : Rules.Text(organisation, limits.Value.MaxTitleLength))
            ?? (AdherentSectors.Normalize(request.Sector) is null ? AttendanceErrors.ImportRowInvalid.With("Settore sconosciuto.", "Unknown sector.") : null)
            ?? (email.Length > 0 && (email.Length > 254 || !System.Net.Mail.MailAddress.TryCreate(email, out _)) ? AttendanceErrors.ImportRowInvalid.With("E-mail non valida.", "Invalid e-mail.") : null);
        if (error is not null)
        {
            return ApiProblem.From(error);
        }

        var person = new ImportedAdherent(0, name, organisation, AdherentSectors.Normalize(request.Sector)!, email.Length > 0 ? email : null);
        var (added, refused) = await store.AddAsync(labId, person, AdherentKinds.Aderente);
        return added is not null ? TypedResults.Created($"/api/labs/{labId}/adesioni/{added.Id}", AdherentView.From(added)) : ApiProblem.From(refused!);
    }

    private static async Task<Results<Created<ImportView>, ProblemHttpResult>> ImportAsync(string labId, HttpContext http, LabAccess access, AdherentStore store)
    {
        if (await DeniedAsync(http, access, labId, run: true) is { } denied)
        {
            return denied;
        }

        byte[] file;
        string? fileName = null;
        if (http.Request.HasFormContentType)
        {
            var form = await http.Request.ReadFormAsync();
            if (form.Files.Count != 1)
            {
                return ApiProblem.From(AttendanceErrors.ImportFormat);
            }

            fileName = form.Files[0].FileName;
            using var copy = new MemoryStream();
            await form.Files[0].CopyToAsync(copy);
            file = copy.ToArray();
        }
        else
        {
            using var copy = new MemoryStream();
            await http.Request.Body.CopyToAsync(copy);
            file = copy.ToArray();
        }

        var (imported, error) = await store.ImportAsync(labId, file, fileName);
        return error is null ? TypedResults.Created($"/api/labs/{labId}/adesioni", new ImportView(imported)) : ApiProblem.From(error);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> MergeAsync(string labId, MergeRequest request, HttpContext http, LabAccess access, AdherentStore store)
    {
        if (await DeniedAsync(http, access, labId, run: true) is { } denied)
        {
            return denied;
        }

        return await store.MergeAsync(labId, request.KeptId ?? string.Empty, request.MergedId ?? string.Empty) is { } error ? ApiProblem.From(error) : TypedResults.NoContent();
    }

    private static async Task<Results<Ok<PersonalLinkView>, ProblemHttpResult>> IssueLinkAsync(string labId, string id, HttpContext http, LabAccess access, AdherentStore store)
    {
        if (await DeniedAsync(http, access, labId, run: true) is { } denied)
        {
            return denied;
        }

        if (await store.IssueLinkAsync(labId, id) is not { LinkToken: { } token })
        {
            return ApiProblem.From(AttendanceErrors.AdherentNotFound);
        }

        return TypedResults.Ok(new PersonalLinkView(PersonalLinks.Address(http.Request, token), $"/api/labs/{labId}/adesioni/{id}/qr"));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeLinkAsync(string labId, string id, HttpContext http, LabAccess access, AdherentStore store)
    {
        if (await DeniedAsync(http, access, labId, run: true) is { } denied)
        {
            return denied;
        }

        return await store.RevokeLinkAsync(labId, id) ? TypedResults.NoContent() : ApiProblem.From(AttendanceErrors.AdherentNotFound);
    }

    private static async Task<IResult> QrAsync(string labId, string id, HttpContext http, LabAccess access, AdherentStore store)
    {
        if (await DeniedAsync(http, access, labId, run: true) is { } denied)
        {
            return denied;
        }

        return await store.FindAsync(labId, id) is { LinkToken: { } token, LinkRevoked: false, MergedInto: null }
            ? TypedResults.Text(PersonalLinks.QrSvg(PersonalLinks.Address(http.Request, token)), "image/svg+xml")
            : ApiProblem.From(AttendanceErrors.AdherentNotFound);
    }

    private static async Task<Results<Ok<JoinResponse>, ProblemHttpResult>> JoinAsync(PersonalJoinRequest request, AdherentStore store, AdherentJoin join, PrivacyAcknowledgements privacy)
    {
        var (adherent, error) = await store.ResolveLinkAsync(request.Token);
        if (adherent is null)
        {
            return ApiProblem.From(error!);
        }

        if (privacy.Check(request.PrivacyVersion) is { } unread)
        {
            return ApiProblem.From(unread);
        }

        var (token, refused) = await join.IssueAsync(adherent);
        if (token is null)
        {
            return ApiProblem.From(refused!);
        }

        await privacy.RecordAsync(adherent.LabId, adherent.MemberId);
        return TypedResults.Ok(new JoinResponse(token, adherent.LabId, adherent.MemberId));
    }

    /// <summary>Null when the caller may read (<paramref name="run"/> false: any staff in the lab) or manage (true: those who run it) the list.</summary>
    private static async Task<ProblemHttpResult?> DeniedAsync(HttpContext http, LabAccess access, string labId, bool run) =>
        await access.ResolveAsync(http.User, labId) switch
        {
            { Actor.Role: Role.Facilitator or Role.Admin } => null,
            { Actor.Role: Role.Trainer or Role.Tutor } when !run => null,
            { Error: { } error } => ApiProblem.From(error),
            _ => ApiProblem.From(Errors.Forbidden),
        };
}

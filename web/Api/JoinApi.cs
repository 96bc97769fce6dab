using System.Text.Json;
using Laboratori.Contracts;
using Laboratori.Contracts.Labs;
using Laboratori.Grains.Canvas;
using Laboratori.Grains.Canvas.Operations;
using Laboratori.Grains.Labs;
using Laboratori.Web.Attendance;
using Laboratori.Web.Auth;
using Laboratori.Web.Enti;
using Laboratori.Web.Privacy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Laboratori.Web.Api;

/// <summary>Participants join a lab with its join code and a display name; they get a token scoped to that lab.</summary>
public static class JoinApi
{
    public static IEndpointRouteBuilder MapJoinApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/join", JoinAsync).RequireRateLimiting(RateLimits.Join);
        return app;
    }

    private static async Task<Results<Ok<JoinResponse>, ProblemHttpResult>> JoinAsync(
        JoinRequest request, IGrainFactory grains, TokenService tokens, LabJoinLimiter perLab, IOptions<LabLimits> limits, IOptions<AuthOptions> auth, TimeProvider time,
        AdherentStore adherents, AdherentJoin adherentJoin, PrivacyAcknowledgements privacy, EnteStore enti)
    {
        if (JoinCodes.Normalize(request.Code) is not { } code)
        {
            return ApiProblem.From(Errors.JoinCodeInvalid);
        }

        var displayName = request.DisplayName?.Trim() ?? string.Empty;
        var organisation = request.Organisation?.Trim() ?? string.Empty;
        var error = Rules.Text(displayName, limits.Value.MaxTitleLength)
            ?? (organisation.Length == 0 ? null : Rules.Text(organisation, limits.Value.MaxTitleLength));
        if (error is not null)
        {
            return ApiProblem.From(error);
        }

        if (!TryParseSector(request.Sector, out var sector))
        {
            return ApiProblem.From(Errors.BadRequest.With("Settore: ente_pubblico, terzo_settore, cittadino o altro.", "Sector: ente_pubblico, terzo_settore, cittadino or altro."));
        }

        if (await grains.GetGrain<IJoinCodeGrain>(code).ResolveAsync() is not { } labId)
        {
            return ApiProblem.From(Errors.JoinCodeInvalid);
        }

        // After the input's own checks, so that a bad name or code is answered as such.
        if (privacy.Check(request.PrivacyVersion) is { } unread)
        {
            return ApiProblem.From(unread);
        }

        if (!perLab.TryAcquire(labId))
        {
            return ApiProblem.From(Errors.RateLimited);
        }

        var sectorName = request.Sector ?? AdherentSectors.Altro;
        if (request.EnteId is { } enteId)
        {
            if (await enti.FindForLabAsync(labId, enteId) is not { } ente)
            {
                return ApiProblem.From(EntiErrors.NotFound);
            }

            (organisation, sectorName) = (ente.Name, ente.Sector);
            _ = TryParseSector(sectorName, out sector);
        }

        if (await AdherentMatch.DecideAsync(request, labId, displayName, organisation, adherents, adherentJoin) is { } matched)
        {
            if (matched.Result is Ok<JoinResponse> { Value: { } confirmed })
            {
                await privacy.RecordAsync(labId, confirmed.ParticipantId);
            }

            return matched;
        }

        var enrolled = await grains.GetGrain<ILaboratorioGrain>(labId).EnrolAsync(new ParticipantProfile(displayName, organisation, sector));
        if (enrolled.ParticipantId is not { } participantId)
        {
            return ApiProblem.From(enrolled.Error ?? Errors.Unavailable);
        }

        var walkIn = await adherents.WalkInAsync(labId, new ImportedAdherent(0, displayName, organisation, sectorName, null), participantId);
        await privacy.RecordAsync(labId, participantId, walkIn is null ? [] : [walkIn]);
        var token = tokens.Issue(new TokenClaims(participantId, Role.Participant, displayName, labId, time.GetUtcNow() + auth.Value.ParticipantTokenLifetime));
        return TypedResults.Ok(new JoinResponse(token, labId, participantId));
    }

    /// <summary>Only the documented names: the enum converter alone would also take <c>"99"</c> or <c>"3"</c>.</summary>
    private static bool TryParseSector(string? text, out Sector sector)
    {
        sector = Sector.Altro;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (!SectorNames.Contains(text))
        {
            return false;
        }

        sector = JsonSerializer.Deserialize<Sector>(JsonSerializer.Serialize(text));
        return true;
    }

    private static readonly HashSet<string> SectorNames = new(StringComparer.Ordinal) { "ente_pubblico", "terzo_settore", "cittadino", "altro" };
}

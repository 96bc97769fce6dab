using System.Text.Json;
using Laboratori.Contracts;
using Laboratori.Contracts.Labs;
using Laboratori.Contracts.Participants;
using Laboratori.Grains.Canvas;
using Laboratori.Web.Auth;
using Microsoft.Extensions.Options;

namespace Laboratori.Web.Attendance;

/// <summary>
/// A participant token for a known person (personal link, or a confirmed match at a join with the lab's code): the
/// same member id every time, so two devices or two incontri months apart are one person. Only while the lab is open.
/// </summary>
public sealed class AdherentJoin(IGrainFactory grains, TokenService tokens, IOptions<AuthOptions> auth, TimeProvider time)
{
    public async Task<(string? Token, CanvasError? Error)> IssueAsync(Adherent adherent)
    {
        if (await grains.GetGrain<ILaboratorioGrain>(adherent.LabId).GetAsync() is not { } lab)
        {
            return (null, Errors.LabNotFound);
        }

        if (lab.Closed)
        {
            return (null, Errors.LabClosed);
        }

        if (await grains.GetGrain<ICanvasGrain>(adherent.LabId).IsRemovedAsync(adherent.MemberId))
        {
            return (null, Errors.Removed);
        }

        var profile = new ParticipantProfile(adherent.DisplayName, adherent.Organisation, SectorOf(adherent.Sector));
        await grains.GetGrain<IParticipantGrain>(adherent.MemberId).SetProfileAsync(profile, adherent.LabId);
        var token = tokens.Issue(new TokenClaims(adherent.MemberId, Role.Participant, adherent.DisplayName, adherent.LabId, time.GetUtcNow() + auth.Value.ParticipantTokenLifetime));
        return (token, null);
    }

    public static Sector SectorOf(string name) => JsonSerializer.Deserialize<Sector>(JsonSerializer.Serialize(AdherentSectors.Normalize(name) ?? AdherentSectors.Altro));
}

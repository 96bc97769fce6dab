using Microsoft.EntityFrameworkCore;

namespace Laboratori.Web.Attendance;

/// <summary>A lab's people for the register: the adesioni (merged identities folded into one), then anyone the log knows who is not listed.</summary>
public static class LabRoster
{
    public static async Task<List<RosterPerson>> ReadAsync(Data.LaboratoriDb db, string labId, PresenceLog log)
    {
        var rows = await db.Set<Adherent>().AsNoTracking().Where(a => a.LabId == labId).ToListAsync();
        var people = rows.Where(a => a.MergedInto is null)
            .Select(a => new RosterPerson(a.MemberId, [a.MemberId, .. rows.Where(m => m.MergedInto == a.MemberId).Select(m => m.MemberId)], a.DisplayName, a.Organisation, a.Sector, a.Kind))
            .ToList();
        var listed = rows.Select(a => a.MemberId).ToHashSet();
        people.AddRange(log.Participants.Where(p => !listed.Contains(p.Key))
            .Select(p => new RosterPerson(p.Key, [p.Key], p.Value.Name, p.Value.Organisation, p.Value.Sector, AdherentKinds.NonAderente)));
        return [.. people.OrderBy(p => p.DisplayName, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("it-IT"), true)).ThenBy(p => p.MemberId, StringComparer.Ordinal)];
    }
}

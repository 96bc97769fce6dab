using Laboratori.Contracts.Labs;
using Laboratori.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Laboratori.Web.Attendance;

/// <summary>
/// How many people each lab's list holds, for the lab lists' "N adesioni": the people added by staff and imported
/// count as well as those who came with the code (the lab grain's roster counts only the latter), merged identities once.
/// </summary>
public static class AdesioniCounts
{
    public static async Task<IReadOnlyDictionary<string, int>> ForLabsAsync(this LaboratoriDb db, IReadOnlyCollection<string> labIds) =>
        await db.Set<Adherent>().AsNoTracking().Where(a => labIds.Contains(a.LabId) && a.MergedInto == null)
            .GroupBy(a => a.LabId).Select(g => new { LabId = g.Key, People = g.Count() })
            .ToDictionaryAsync(g => g.LabId, g => g.People, StringComparer.Ordinal);

    /// <summary>The lab's summary with its list's count; a lab from before adesioni has only its enrolments to count.</summary>
    public static LabInfo WithAdesioni(this LabInfo lab, IReadOnlyDictionary<string, int> counts) =>
        lab with { Enrolled = Math.Max(lab.Enrolled, counts.GetValueOrDefault(lab.Id)) };
}

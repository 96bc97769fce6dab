using Laboratori.Contracts.Labs;
using Laboratori.Web.Attendance;
using Laboratori.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Laboratori.Web.Privacy;

/// <summary>
/// One pass of the retention period: every person in the roster of a lab closed for longer than
/// the retention period is erased as staff would erase them (<see cref="PersonErasure"/>), with
/// <c>retention</c> as the author in the erasure and the audit trail.
/// </summary>
public sealed partial class RetentionSweep(LaboratoriDb db, PersonErasure erasure, IGrainFactory grains, ILogger<RetentionSweep> logger)
{
    /// <summary>Erases whoever is due at <paramref name="now"/> (labs closed for <paramref name="period"/>); how many people were erased.</summary>
    public async Task<int> RunAsync(DateTimeOffset now, TimeSpan period, CancellationToken cancellationToken)
    {
        var erased = await db.Set<Erasure>().AsNoTracking().Select(e => new { e.LabId, e.MemberId }).ToListAsync(cancellationToken);
        var done = erased.Select(e => (e.LabId, e.MemberId)).ToHashSet();
        // The people still named: a row of their own (not merged into someone else) whose person is not erased yet.
        var people = (await db.Set<Adherent>().AsNoTracking().Where(a => a.MergedInto == null).Select(a => new { a.Id, a.LabId, a.MemberId }).ToListAsync(cancellationToken))
            .Where(a => !done.Contains((a.LabId, a.MemberId))).GroupBy(a => a.LabId).ToList();
        var count = 0;
        foreach (var lab in people)
        {
            if (await grains.GetGrain<ILaboratorioGrain>(lab.Key).GetAsync() is not { Closed: true, ClosedAt: { } closedAt } || closedAt + period > now)
            {
                continue;
            }

            foreach (var person in lab)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (pseudonym, _) = await erasure.EraseAsync(lab.Key, person.Id, PersonErasure.RetentionActor);
                if (pseudonym is not null)
                {
                    db.Add(new AuditEntry { At = now, ActorId = PersonErasure.RetentionActor, ActorRole = "system", Action = AuditActions.AdesioniErase, Target = $"/api/labs/{lab.Key}/adesioni/{person.Id}" });
                    await db.SaveChangesAsync(cancellationToken);
                    count++;
                }
            }

            LogLabDue(logger, lab.Key, closedAt);
        }

        return count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Lab {LabId}, closed at {ClosedAt}: its retention period ran out, its people are pseudonymised")]
    private static partial void LogLabDue(ILogger logger, string labId, DateTimeOffset closedAt);
}

using Laboratori.Contracts;
using Laboratori.Contracts.Labs;
using Laboratori.Contracts.Participants;
using Laboratori.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Laboratori.Web.Attendance;

/// <summary>
/// Erases a person from a lab: their roster rows (and identities merged into theirs) keep only "Partecipante N", the
/// lab's enrolment and the participant grain likewise; their link stops working. The log is not rewritten: it names
/// them by member id, so their cards, votes and presences stay, counted as before, under the pseudonym.
/// </summary>
public sealed partial class PersonErasure(LaboratoriDb db, IGrainFactory grains, TimeProvider time, ILogger<PersonErasure> logger)
{
    /// <summary>The actor id recorded when the retention period, not a person, erased someone.</summary>
    public const string RetentionActor = "retention";

    /// <summary>Erases the person of roster row <paramref name="adherentId"/>; the pseudonym, or the error.</summary>
    public async Task<(string? Pseudonym, CanvasError? Error)> EraseAsync(string labId, string adherentId, string actorId)
    {
        if (await db.Set<Adherent>().AsNoTracking().SingleOrDefaultAsync(a => a.LabId == labId && a.Id == adherentId) is not { } row)
        {
            return (null, AttendanceErrors.AdherentNotFound);
        }

        // A merged identity belongs to the person it was merged into: erasing it erases that person.
        var person = row.MergedInto ?? row.MemberId;
        if (await db.Set<Erasure>().AnyAsync(e => e.LabId == labId && e.MemberId == person))
        {
            return (null, AttendanceErrors.AlreadyErased);
        }

        var order = (await db.Set<Adherent>().AsNoTracking().Where(a => a.LabId == labId).Select(a => new { a.MemberId, a.CreatedAt, a.Id }).ToListAsync())
            .OrderBy(a => a.CreatedAt).ThenBy(a => a.Id, StringComparer.Ordinal).Select(a => a.MemberId).ToList();
        var pseudonym = $"Partecipante {order.IndexOf(person) + 1}";
        var rows = await db.Set<Adherent>().Where(a => a.LabId == labId && (a.MemberId == person || a.MergedInto == person)).ToListAsync();

        // The grains first: both calls are idempotent, so if the table's change below fails, erasing again redoes it all.
        foreach (var erased in rows)
        {
            await grains.GetGrain<ILaboratorioGrain>(labId).ErasePersonAsync(erased.MemberId, pseudonym);
            await grains.GetGrain<IParticipantGrain>(erased.MemberId).EraseAsync(pseudonym);
        }

        foreach (var erased in rows)
        {
            erased.DisplayName = pseudonym;
            erased.Organisation = string.Empty;
            erased.Email = null;
            erased.LinkToken = null;
            erased.LinkRevoked = true;
        }

        db.Add(new Erasure { LabId = labId, MemberId = person, Pseudonym = pseudonym, ActorId = actorId, At = time.GetUtcNow() });
        await db.SaveChangesAsync();
        await ScrubAsync();
        LogErased(logger, labId, person, pseudonym);
        return (pseudonym, null);
    }

    /// <summary>
    /// On SQLite, moves the write-ahead log into the file and empties it: the old versions of the rewritten rows were in
    /// its frames. (Every connection writes with secure_delete, so the file keeps no copy in free space.) PostgreSQL
    /// keeps dead row versions until its autovacuum: docs/attendance.md.
    /// </summary>
    private async Task ScrubAsync()
    {
        if (!db.Database.IsSqlite())
        {
            return;
        }

        // TRUNCATE waits (the busy timeout) for readers of an older snapshot; if they outlast it, the next checkpoint finishes.
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            await using var reader = await command.ExecuteReaderAsync();
            if (await reader.ReadAsync() && reader.GetInt32(0) == 0)
            {
                return;
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        LogCheckpointBusy(logger);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Lab {LabId}: member {MemberId} erased, now {Pseudonym}")]
    private static partial void LogErased(ILogger logger, string labId, string memberId, string pseudonym);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The write-ahead log could not be emptied after an erasure (readers busy); the next checkpoint does it")]
    private static partial void LogCheckpointBusy(ILogger logger);
}

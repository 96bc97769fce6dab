using Laboratori.Contracts.Labs;
using Laboratori.Web.Attendance;
using Laboratori.Web.Data;
using Laboratori.Web.Programmes;

namespace Laboratori.Web.Demo;

/// <summary>
/// The demo lab's adesioni and registers: everyone enrolled is on the list (the first with a personal link, the last as a walk-in),
/// and the roll call of each incontro already held, taken by the facilitator (those who never came are left unmarked), so that some people reach the
/// certificate threshold and some do not.
/// </summary>
public static class DemoAttendance
{
    public static async Task SeedAsync(
        LaboratoriDb db, string labId, IReadOnlyList<(string MemberId, ParticipantProfile Profile, bool Came)> people, IReadOnlyList<Incontro> incontri, string facilitatorId,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var ((memberId, profile, _), i) in people.Select((p, i) => (p, i)))
        {
            db.Add(new Adherent
            {
                Id = Grains.Labs.Ids.New("a-"), LabId = labId, MemberId = memberId, DisplayName = profile.DisplayName, Organisation = profile.Organisation,
                Sector = System.Text.Json.JsonSerializer.Serialize(profile.Sector).Trim('"'), Kind = i == people.Count - 1 ? AdherentKinds.NonAderente : AdherentKinds.Aderente,
                LinkToken = i == 0 ? System.Security.Cryptography.RandomNumberGenerator.GetHexString(32, lowercase: true) : null, CreatedAt = now,
            });
        }

        var held = incontri.Where(i => AttendanceClock.Instant(i.Date, i.End) <= now).ToList();
        foreach (var (incontro, n) in held.Select((x, n) => (x, n)))
        {
            foreach (var ((memberId, _, came), i) in people.Select((p, i) => (p, i)))
            {
                if (!came)
                {
                    continue;
                }

                // Most come every time; every third person misses one incontro, one arrives late once: a mix of idonei and not.
                var status = i % 3 == 2 && n == 0 ? RegisterStatuses.Assente : i % 5 == 1 && n == held.Count - 1 ? RegisterStatuses.Ritardo : RegisterStatuses.Presente;
                db.Add(new RegisterMark
                {
                    LabId = labId, IncontroId = incontro.Id, MemberId = memberId, Status = status, AuthorId = facilitatorId, At = AttendanceClock.Instant(incontro.Date, incontro.Start),
                    Entry = status == RegisterStatuses.Ritardo ? incontro.Start.AddMinutes(45) : null,
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}

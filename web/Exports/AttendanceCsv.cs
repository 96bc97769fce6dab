using System.Collections.Immutable;
using Laboratori.Contracts;
using Laboratori.Contracts.Labs;
using Laboratori.Grains.Canvas;
using Laboratori.Grains.Labs;
using Laboratori.Web.Attendance;

namespace Laboratori.Web.Exports;

/// <summary>
/// Attendance per incontro as CSV: for every participant enrolled or present, whether they were there, when they
/// first came in and last left (Europe/Rome time, as the header says), and for how long; then a total per meeting with
/// the adesioni and those present as numbers in their own columns. Present means connected for at least
/// <see cref="MinimumMinutes"/>: one second online is not attendance. A lab with no meeting opened is counted as one
/// session from its first to its last event. (The planned incontri's register, with the roll call, is RegisterCsv.)
/// </summary>
public static class AttendanceCsv
{
    public const int MinimumMinutes = 15;

    public static byte[] Render(ImmutableArray<Enrolment> roster, ImmutableArray<CanvasEvent> events)
    {
        var csv = new Csv().Row("Incontro", "Partecipante", "Organizzazione", "Settore", "Adesione", "Presente", "Entrata (ora italiana)", "Uscita (ora italiana)", "Minuti");
        if (events.IsDefaultOrEmpty)
        {
            return csv.ToBytes();
        }

        var state = CanvasFold.Fold(null, events);
        var sessions = state.Meetings.Count > 0
            ? state.Meetings.Select(m => (m.Title, From: m.OpenedSeq, To: m.ClosedSeq ?? state.Seq))
            : [("Intero laboratorio", 1L, state.Seq)];
        var enrolled = roster.Select(r => r.ParticipantId).ToHashSet();
        var people = roster.Select(r => (r.ParticipantId, r.DisplayName, r.Organisation, r.Sector))
            .Concat(state.Members.Values.Where(m => m.Role == Role.Participant && !enrolled.Contains(m.Id)).Select(m => (m.Id, m.DisplayName, m.Organisation, m.Sector)))
            .ToList();

        foreach (var (title, from, to) in sessions)
        {
            var spans = Presence(events, from, to);
            var present = 0;
            foreach (var (id, name, organisation, sector) in people)
            {
                var mine = spans.GetValueOrDefault(id) ?? [];
                var minutes = (int)Math.Round(mine.Sum(s => (s.Out - s.In).TotalMinutes));
                var here = mine.Count > 0 && minutes >= MinimumMinutes;
                present += here ? 1 : 0;
                csv.Row(title, name, organisation, SectorNames.Italian(sector), enrolled.Contains(id) ? "sì" : "no", here ? "sì" : "no",
                    mine.Count > 0 ? Time(mine[0].In) : string.Empty, mine.Count > 0 ? Time(mine[^1].Out) : string.Empty, mine.Count > 0 ? minutes : null);
            }

            // Numbers in the numeric columns: adesioni under "Adesione", those present under "Presente".
            csv.Row(title, "(totale)", string.Empty, string.Empty, enrolled.Count, present, string.Empty, string.Empty, string.Empty);
        }

        return csv.ToBytes();
    }

    /// <summary>Each member's spans of presence within events <paramref name="from"/>..<paramref name="to"/>.</summary>
    private static Dictionary<string, List<(DateTimeOffset In, DateTimeOffset Out)>> Presence(ImmutableArray<CanvasEvent> events, long from, long to)
    {
        var open = new Dictionary<string, DateTimeOffset>();
        var spans = new Dictionary<string, List<(DateTimeOffset, DateTimeOffset)>>();
        foreach (var e in events.Where(e => e.Seq <= to))
        {
            var start = e.Seq < from ? (DateTimeOffset?)null : e.At;
            switch (e.Type)
            {
                case "member.join":
                    open.TryAdd(e.Author, e.At);
                    break;
                case "member.leave" when open.Remove(e.Author, out var came) && start is not null:
                    Add(e.Author, came, LeaveTime.Of(e, came));
                    break;
            }

            if (e.Seq == from)
            {
                // Whoever is already in the room when the meeting opens is present from its opening.
                foreach (var id in open.Keys.ToList())
                {
                    open[id] = e.At;
                }
            }
        }

        var end = events.First(e => e.Seq == to).At;
        foreach (var (id, came) in open)
        {
            Add(id, came, end);
        }

        return spans;

        void Add(string id, DateTimeOffset came, DateTimeOffset left)
        {
            if (!spans.TryGetValue(id, out var list))
            {
                spans[id] = list = [];
            }

            list.Add((came, left));
        }
    }

    private static string Time(DateTimeOffset at) => RomeTime.Of(at).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}

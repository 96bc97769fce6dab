using System.Collections.Immutable;
using Laboratori.Contracts.Labs;
using Laboratori.Grains.Cohesion;
using Laboratori.Grains.Labs;
using Laboratori.Tests.Cohesion;
using Laboratori.Tests.Domain;
using Laboratori.Tests.Support;
using Laboratori.Web.Documents;
using Laboratori.Web.Programmes;
using static Laboratori.Tests.Domain.Scenario;

namespace Laboratori.Tests.Documents;

/// <summary>
/// The cohesion worked example (two incontri, docs/cohesion.md) with a theme, an action taken on by an ente with a
/// deadline, placed in an FSE+ programme's edizione at Pisa: the lab the document tests write about.
/// </summary>
internal static class DocumentFixture
{
    private static readonly string[] Owners = [Anna.Id];
    private static readonly string[] OwnerEnti = ["Coop Il Ponte"];

    public static readonly DateTimeOffset Now = new(2026, 12, 1, 17, 30, 0, TimeSpan.Zero);

    /// <summary>Where the tests leave the documents they produce: <c>artifacts/documents</c> at the repository root.</summary>
    public static string Artifacts { get; } = Directory.CreateDirectory(Repository.PathOf("artifacts", "documents")).FullName;

    /// <summary>A 4×2 PNG (a blue row over a white one), made here so that the test needs no file.</summary>
    public static DocumentLogo Logo { get; } = DocumentLogo.FromPng("Regione Toscana", Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAQAAAACCAIAAADwyuo0AAAAEUlEQVR4nGOQ96uEI4b/SAAAkngPjUhrpTMAAAAASUVORK5CYII="))!;

    public static Scenario Scenario()
    {
        var s = CohesionFixture.Build();
        s.Do(Facilitator, "theme.add", new { themeId = "t1", title = "Casa e solitudine degli anziani" }).Ok();
        s.Do(Facilitator, "card.theme", new { cardId = "n1", themeId = "t1" }).Ok();
        s.Do(Facilitator, "card.theme", new { cardId = "a2", themeId = "t1" }).Ok();
        s.Do(Anna, "link.add", new { linkId = "l3", from = "a2", to = "n1" }).Ok();
        s.Do(Anna, "action.owners", new { cardId = "a2", people = Owners, enti = OwnerEnti }).Ok();
        s.Do(Anna, "action.deadline", new { cardId = "a2", deadline = "2026-11-20" }).Ok();
        s.Do(Facilitator, "meeting.close", new { }).Ok();
        return s;
    }

    public static LabDossier Dossier(Scenario s, string labId = "lab-doc", string title = "Abitare a Pisa")
    {
        var lab = new LabInfo(labId, new LabDefinition(title, "Abitare", "Proporre azioni per l'abitare degli anziani soli.", "Percorso 3", "Edizione Pisa", "Pisa", Templates.Default),
            "ABCDEFGHJK", ["staff-f"], DateTimeOffset.UnixEpoch, false, CohesionFixture.Adherents);
        var input = new CohesionInput(labId, CohesionFold.Fold(null, s.Events), CohesionFixture.Adherents);
        var attendance = new LogAttendanceFigures().ForLabAsync(labId, input).Result;
        var programme = new Programme { Id = "prg-1", Title = "Innovazione e inclusione sociale", Fund = Funds.FsePlus, Cup = "J11B21000120009", OwnerBody = "Regione Toscana" };
        var context = new DocumentContext(programme, new Percorso { Title = "Insieme per co-progettare" },
            new Edizione { Title = "Edizione di Pisa", StartDate = new(2026, 11, 1), EndDate = new(2026, 12, 31) }, "Pisa");
        return new LabDossier(lab, context, [.. s.Events], input, attendance,
            [new Incontro { LabId = labId, Date = new(2026, 11, 23), Start = new(10, 0), End = new(13, 0), Mode = "misto" }]);
    }

    public static ImmutableArray<DocumentLogo> Logos => [Logo];
}

using Laboratori.Contracts;

namespace Laboratori.Web.Demo;

/// <summary>
/// What the demo lab's canvas holds: people of the Empoli–Valdelsa area with their organisations, their cards in
/// each lane, the macro-questions that group them and the links between needs, resources and actions. Written by
/// hand so that the demo reads like a real lab and its synthesis grid has themes, not "Senza tema".
/// </summary>
internal static class DemoContent
{
    public static readonly DemoPerson[] People =
    [
        new("Giulia Bertini", "Comune di Empoli, servizi sociali", Sector.EntePubblico),
        new("Marco Innocenti", "Cooperativa sociale Il Girasole", Sector.TerzoSettore),
        new("Sara El Idrissi", "Associazione Donne in Rete Valdelsa", Sector.TerzoSettore),
        new("Paolo Cecchi", "Azienda USL Toscana Centro", Sector.EntePubblico),
        new("Lucia Fantozzi", "Auser Castelfiorentino", Sector.TerzoSettore),
        new("Andrea Mancini", "", Sector.Cittadino),
        new("Chiara Baldini", "Comune di Certaldo, ufficio casa", Sector.EntePubblico),
        new("Francesco Lotti", "Misericordia di Montelupo Fiorentino", Sector.TerzoSettore),
        new("Elena Ristori", "", Sector.Cittadino),
        new("Davide Nardi", "Società della Salute Empolese Valdarno Valdelsa", Sector.EntePubblico),
    ];

    public static readonly DemoTheme[] Themes =
    [
        new("tema-casa", "Casa e abitare sostenibile"),
        new("tema-solitudine", "Solitudine e reti di prossimità"),
        new("tema-cura", "Chi si prende cura di chi cura"),
    ];

    public static readonly DemoCard[] Cards =
    [
        new("b-casa", "bisogni", "Famiglie monoreddito che non trovano un affitto sostenibile", 6, "tema-casa"),
        new("b-sfratti", "bisogni", "Sfratti per morosità incolpevole in aumento dopo il caro bollette", 0, "tema-casa"),
        new("b-anziani", "bisogni", "Anziani soli nelle frazioni, lontani da negozi e ambulatori", 4, "tema-solitudine"),
        new("b-donne", "bisogni", "Donne straniere arrivate da poco, senza una rete di amicizie", 2, "tema-solitudine"),
        new("b-caregiver", "bisogni", "Caregiver familiari stanchi, che non riescono a prendersi una pausa", 8, "tema-cura"),
        new("r-alloggi", "risorse", "Alloggi comunali sfitti da ristrutturare in centro a Certaldo", 6, "tema-casa"),
        new("r-auser", "risorse", "Volontari Auser con auto per accompagnare a visite e spesa", 4, "tema-solitudine"),
        new("r-mediazione", "risorse", "Mediatrici linguistiche dell’associazione, presenti due giorni a settimana", 2, "tema-solitudine"),
        new("r-centro", "risorse", "Centro diurno con posti liberi il sabato mattina", 3, "tema-cura"),
        new("r-biblioteca", "risorse", "Sala della biblioteca comunale libera nel tardo pomeriggio", 1, null),
        new("a-agenzia", "azioni", "Agenzia sociale per la casa che garantisce i proprietari", 9, "tema-casa"),
        new("a-navetta", "azioni", "Navetta solidale una volta a settimana per le frazioni", 7, "tema-solitudine"),
        new("a-sollievo", "azioni", "Sabati di sollievo per i caregiver al centro diurno", 1, "tema-cura"),
        new("a-tandem", "azioni", "Coppie di conversazione tra donne italiane e straniere in biblioteca", 5, "tema-solitudine"),
    ];

    /// <summary>Each link: the resource or need it starts from, the card it reaches, and who drew it.</summary>
    public static readonly (string From, string To, int Author)[] Links =
    [
        ("r-alloggi", "a-agenzia", 6), ("b-casa", "a-agenzia", 0), ("b-sfratti", "a-agenzia", 9),
        ("r-auser", "a-navetta", 4), ("b-anziani", "a-navetta", 7),
        ("r-centro", "a-sollievo", 3), ("b-caregiver", "a-sollievo", 1),
        ("r-mediazione", "a-tandem", 2), ("r-biblioteca", "a-tandem", 8), ("b-donne", "a-tandem", 5),
    ];
}

/// <summary>A person in the demo lab.</summary>
internal sealed record DemoPerson(string Name, string Organisation, Sector Sector);

/// <summary>A macro-question grouping cards.</summary>
internal sealed record DemoTheme(string Id, string Title);

/// <summary>A card: its id, lane, text, the index of its author in <see cref="DemoContent.People"/>, and its theme.</summary>
internal sealed record DemoCard(string Id, string Lane, string Text, int Author, string? ThemeId);

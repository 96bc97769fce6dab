namespace Laboratori.Web.Privacy;

/// <summary>
/// <c>GET /api/privacy</c>: the notice a participant reads before joining, with the controller from configuration and
/// the text in Italian and English. A join sends <see cref="Version"/> back as its acknowledgement.
/// </summary>
public sealed record PrivacyNotice(string Version, string Controller, string Address, string Email, string? DpoEmail, int RetentionDays, PrivacyText It, PrivacyText En)
{
    public static PrivacyNotice From(PrivacyOptions options, int retentionDays) => new(
        options.Version, options.Controller, options.Address, options.Email, options.DpoEmail, retentionDays,
        new PrivacyText(
            "Organizzare e documentare il laboratorio di co-progettazione: registro delle presenze, ore e attestati, contributi al lavoro comune e sintesi dei risultati.",
            "Esecuzione di un compito di interesse pubblico affidato all'ente titolare (art. 6, par. 1, lett. e del Regolamento UE 2016/679).",
            "Il nome che scrivi (va bene anche uno pseudonimo), organizzazione e settore se li indichi, l'e-mail se lo staff l'ha registrata, le presenze e ciò che scrivi nel laboratorio. Non servono dati particolari: non inserirli nelle schede.",
            $"Nome, organizzazione ed e-mail sono conservati per {retentionDays} giorni dalla chiusura del laboratorio, poi sostituiti da uno pseudonimo (\"Partecipante N\"); i contributi e i conteggi restano senza il tuo nome.",
            "Puoi scaricare i tuoi dati dal laboratorio, chiedere rettifica, cancellazione, limitazione od opporti scrivendo al titolare; puoi proporre reclamo al Garante per la protezione dei dati personali."),
        new PrivacyText(
            "Running and documenting the co-design lab: attendance register, hours and certificates, contributions to the shared work and the summary of results.",
            "Performance of a task carried out in the public interest by the controller (Article 6(1)(e) of Regulation (EU) 2016/679).",
            "The name you type (a pseudonym is fine), your organisation and sector if you give them, your e-mail if the staff recorded it, your attendance and what you write in the lab. No special categories of data are needed: do not put them on cards.",
            $"Name, organisation and e-mail are kept for {retentionDays} days after the lab closes, then replaced by a pseudonym (\"Partecipante N\"); contributions and counts stay, without your name.",
            "You can download your data from the lab, and ask the controller for rectification, erasure, restriction or object; you can lodge a complaint with the Italian data protection authority (Garante)."));
}

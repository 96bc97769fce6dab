namespace Laboratori.Web.Programmes;

/// <summary>Archive (or restore) a programme, percorso or edizione.</summary>
public sealed record ArchiveRequest(bool Archived);

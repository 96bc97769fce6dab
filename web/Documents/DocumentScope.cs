namespace Laboratori.Web.Documents;

/// <summary>An edizione or a programme as documents across labs see it: its name, its place, and the labs in it the caller may open.</summary>
public sealed record DocumentScope(string Id, string Kind, string Title, DocumentContext Context, IReadOnlyList<LabDossier> Labs);

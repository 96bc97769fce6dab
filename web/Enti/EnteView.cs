namespace Laboratori.Web.Enti;

/// <summary>An ente on the wire, with its type's names in Italian and English.</summary>
public sealed record EnteView(string Id, string ProgrammeId, string Name, string Type, string TypeName, string TypeNameEn, string Sector)
{
    public static EnteView From(Ente e) =>
        EnteTypes.Find(e.Type) is { } type
            ? new(e.Id, e.ProgrammeId, e.Name, e.Type, type.Name, type.NameEn, e.Sector)
            : new(e.Id, e.ProgrammeId, e.Name, e.Type, e.Type, e.Type, e.Sector);
}

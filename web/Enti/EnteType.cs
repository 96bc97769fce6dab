namespace Laboratori.Web.Enti;

/// <summary>A kind of ente, with its names and the sector it counts in unless the register says otherwise.</summary>
public sealed record EnteType(string Id, string Name, string NameEn, string Sector);

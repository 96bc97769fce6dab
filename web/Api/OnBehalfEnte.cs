namespace Laboratori.Web.Api;

/// <summary>An ente a card may be written for: its id, canonical name and type (Italian and English).</summary>
public sealed record OnBehalfEnte(string Id, string Name, string TypeName, string TypeNameEn);

namespace Laboratori.Web.Api;

/// <summary>A person a card may be written for: their member id, name and organisation.</summary>
public sealed record OnBehalfPerson(string MemberId, string DisplayName, string Organisation);

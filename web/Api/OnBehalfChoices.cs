namespace Laboratori.Web.Api;

/// <summary>
/// Whom staff may write a card for in a lab (<c>GET /api/labs/{labId}/on-behalf</c>): the people of its roster (not
/// erased, not merged into someone else) and the enti of its programme's register.
/// </summary>
public sealed record OnBehalfChoices(OnBehalfPerson[] People, OnBehalfEnte[] Enti);

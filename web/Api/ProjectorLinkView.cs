namespace Laboratori.Web.Api;

/// <summary>A lab's projector link: the page to open on the projector (the token is in the fragment, never sent to a server log) and until when it works.</summary>
public sealed record ProjectorLinkView(string Url, string Token, DateTimeOffset ExpiresAt);

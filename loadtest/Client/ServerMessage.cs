using System.Collections.Immutable;
using System.Text.Json;

namespace Laboratori.LoadTest.Client;

/// <summary>
/// A method the server invoked on this client (<c>Events</c>, <c>Presence</c>), with its arguments and the
/// <see cref="System.Diagnostics.Stopwatch"/> timestamp at which its frame was read off the socket.
/// </summary>
public sealed record ServerMessage(string Target, ImmutableArray<JsonElement> Arguments, long ReceivedAt);

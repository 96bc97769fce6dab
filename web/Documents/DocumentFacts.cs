using System.Collections.Immutable;

namespace Laboratori.Web.Documents;

/// <summary>Label–value pairs (mandato, sede, date…), printed as a two-column table without header.</summary>
public sealed record DocumentFacts(ImmutableArray<KeyValuePair<string, string>> Items) : DocumentBlock;

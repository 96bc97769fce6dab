using System.Collections.Concurrent;

namespace Laboratori.Tests.Fuzz;

/// <summary>Inputs by class and what came back, for the assertions and for the report.</summary>
public sealed class FuzzTally
{
    private readonly ConcurrentDictionary<(string Class, string Outcome), int> _counts = new();
    private readonly ConcurrentQueue<string> _violations = new();

    public void Count(string inputClass, string outcome) => _counts.AddOrUpdate((inputClass, outcome), 1, (_, n) => n + 1);

    /// <summary>Something the contract does not allow; the test fails listing the first of them.</summary>
    public void Violation(string description) => _violations.Enqueue(description);

    public IReadOnlyCollection<string> Violations => _violations;

    /// <summary>How often each outcome came back for each input class.</summary>
    public IReadOnlyDictionary<(string Class, string Outcome), int> Counts => _counts;

    public int Total => _counts.Values.Sum();

    public int TotalOf(string inputClassPrefix) => _counts.Where(c => c.Key.Class.StartsWith(inputClassPrefix, StringComparison.Ordinal)).Sum(c => c.Value);
}

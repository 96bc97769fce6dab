using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Laboratori.Tests.Fuzz;

/// <summary>Keeps the server's log entries of <paramref name="least"/> and above (default Error), with their category and exception.</summary>
public sealed class CapturedLog(LogLevel least = LogLevel.Error) : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _errors = new();
    private readonly SemaphoreSlim _added = new(0);

    /// <summary>The entries kept (named for the default use: the errors of a run).</summary>
    public IReadOnlyCollection<string> Errors => _errors;

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, least, this);

    /// <summary>The first entry kept that <paramref name="match"/> accepts, as soon as it is written.</summary>
    public async Task<string> FirstAsync(Func<string, bool> match, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (_errors.FirstOrDefault(match) is { } entry)
            {
                return entry;
            }

            await _added.WaitAsync(cancellationToken);
        }
    }

    public void Dispose() => _added.Dispose();

    private void Add(string entry)
    {
        _errors.Enqueue(entry);
        _added.Release();
    }

    private sealed class Logger(string category, LogLevel least, CapturedLog log) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= least;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                log.Add($"{logLevel} {category}: {formatter(state, exception)} {exception?.GetType().Name} {exception?.Message}");
            }
        }
    }
}

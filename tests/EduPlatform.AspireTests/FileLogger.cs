using Microsoft.Extensions.Logging;

namespace EduPlatform.AspireTests;

/// <summary>
/// The AppHost's log and, forwarded by the testing builder, every resource's console output, in one file a CI run keeps
/// (TestResults/aspire-apphost.log): what an operator would read in the terminal and the dashboard's console view.
/// </summary>
sealed class FileLoggerProvider(string path) : ILoggerProvider
{
    readonly StreamWriter _writer = new(path, append: false) { AutoFlush = true };
    readonly Lock _gate = new();

    public ILogger CreateLogger(string categoryName) => new FileLogger(this, categoryName);

    void Write(string line)
    {
        lock (_gate)
        {
            _writer.WriteLine(line);
        }
    }

    public void Dispose() => _writer.Dispose();

    sealed class FileLogger(FileLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                provider.Write($"{DateTime.UtcNow:HH:mm:ss.fff} {logLevel} {category}: {formatter(state, exception)}{(exception is null ? "" : "\n" + exception)}");
            }
        }
    }
}

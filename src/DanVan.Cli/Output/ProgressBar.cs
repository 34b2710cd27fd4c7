using System.Diagnostics;

namespace DanVan.Cli.Output;

/// <summary>
/// A one-line progress bar on standard error, redrawn at most ten times a second, only when standard error is a
/// terminal; a redirected run gets the summary line alone. Thread-safe: workers call <see cref="Advance"/>.
/// </summary>
internal sealed class ProgressBar : IDisposable
{
    private const int Width = 30;
    private readonly TextWriter _error;
    private readonly int _total;
    private readonly bool _enabled;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _gate = new();
    private int _done;
    private long _drawnAt = -1_000;

    public ProgressBar(Terminal terminal, int total)
    {
        _error = terminal.Error;
        _total = total;
        _enabled = terminal.ErrorIsTerminal && total > 1;
    }

    /// <summary>Counts one input done.</summary>
    public void Advance()
    {
        int done = Interlocked.Increment(ref _done);
        if (!_enabled)
        {
            return;
        }

        long now = _clock.ElapsedMilliseconds;
        if (now - Interlocked.Read(ref _drawnAt) < 100 && done < _total)
        {
            return;
        }

        lock (_gate)
        {
            Interlocked.Exchange(ref _drawnAt, now);
            int filled = (int)((long)done * Width / _total);
            int percent = (int)((long)done * 100 / _total);
            _error.Write("\r[" + new string('#', filled) + new string('-', Width - filled) + "] " + done + "/" + _total + " (" + percent + "%)");
        }
    }

    /// <summary>Clears the bar, so the summary line starts on a clean line.</summary>
    public void Dispose()
    {
        if (_enabled)
        {
            lock (_gate)
            {
                _error.Write("\r" + new string(' ', Width + 40) + "\r");
            }
        }
    }
}

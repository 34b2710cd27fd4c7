namespace DanVan.Reporting.Testing;

/// <summary>
/// The list of what a local run accepted with <c>DANVAN_ACCEPT_SNAPSHOTS=1</c>: one line per verified file written,
/// <c>new</c> or <c>changed</c>, in <c>accepted-snapshots.txt</c> in the test's output folder (or the file
/// <c>DANVAN_ACCEPTED_SNAPSHOTS_LIST</c> names), started afresh by the first acceptance of a run; each line is also
/// written to standard error, which test runners show in their console output.
/// </summary>
internal static class AcceptedSnapshots
{
    /// <summary>The environment variable that names the list file.</summary>
    public const string ListVariable = "DANVAN_ACCEPTED_SNAPSHOTS_LIST";

    private static readonly object s_lock = new();
    private static bool s_started;

    /// <summary>The list file of this run.</summary>
    public static string ListPath =>
        Environment.GetEnvironmentVariable(ListVariable) is { Length: > 0 } path
            ? path
            : Path.Combine(AppContext.BaseDirectory, "accepted-snapshots.txt");

    /// <summary>Adds one accepted file to the list.</summary>
    public static void Record(string verifiedPath, bool existed)
    {
        string line = (existed ? "changed " : "new     ") + verifiedPath;
        lock (s_lock)
        {
            try
            {
                string listPath = ListPath;
                if (!s_started)
                {
                    s_started = true;
                    File.WriteAllText(listPath, string.Empty);
                }

                File.AppendAllText(listPath, line + "\n");
            }
            catch (IOException)
            {
                // The list is a convenience: a read-only output folder must not fail an accepted snapshot.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        Console.Error.WriteLine(SnapshotMessages.Pick("DanVan snapshot đã chấp nhận: ", "DanVan snapshot accepted: ") + line);
    }
}

using DiffEngine;

namespace DanVan.Reporting.Testing;

/// <summary>Opens a diff tool on a local mismatch through DiffEngine; never fails the check itself.</summary>
internal static class DiffTool
{
    public static void TryLaunch(string receivedPath, string verifiedPath)
    {
        try
        {
            // DiffEngine stays off on build servers, under AI command-line agents and with DiffEngine_Disabled=true.
            DiffRunner.Launch(receivedPath, verifiedPath);
        }
#pragma warning disable CA1031 // A diff tool that cannot start must not hide the snapshot's own failure.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }
}

namespace DanVan.Cli.Processing;

/// <summary>What happened to one input: valid or not, whether it could be read at all, its errors and outputs.</summary>
internal sealed record FileOutcome(string File, bool Unreadable, IReadOnlyList<Problem> Errors, IReadOnlyList<string> Outputs)
{
    /// <summary>Whether the input is a valid report.</summary>
    public bool Valid => Errors.Count == 0;

    public static FileOutcome Failed(string file, bool unreadable, params Problem[] errors) => new(file, unreadable, errors, []);
}

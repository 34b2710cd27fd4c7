namespace DanVan.Reporting.Tests.Rendering;

/// <summary>Tests that change <see cref="MessageSettings.Language"/>: run after the parallel tests, one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MessageLanguageSerial
{
    /// <summary>The collection's name.</summary>
    public const string Name = "MessageSettings.Language";
}

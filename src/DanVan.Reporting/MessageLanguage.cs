namespace DanVan.Reporting;

/// <summary>The language of the SDK's error and validation messages.</summary>
public enum MessageLanguage
{
    /// <summary>Vietnamese (the default): the people who read these messages write the reports.</summary>
    Vietnamese,

    /// <summary>English, for teams and logs that need it.</summary>
    English,
}

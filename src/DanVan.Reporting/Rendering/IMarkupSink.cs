namespace DanVan.Reporting;

/// <summary>
/// Where the HTML writer's escaping puts text: the UTF-16 staging of the string paths (<see cref="PooledStringWriter"/>)
/// or the UTF-8 staging of the byte paths (<see cref="PooledUtf8Buffer"/>).
/// </summary>
internal interface IMarkupSink
{
    /// <summary>Appends text.</summary>
    void Write(ReadOnlySpan<char> text);

    /// <summary>Appends one character.</summary>
    void Write(char value);
}

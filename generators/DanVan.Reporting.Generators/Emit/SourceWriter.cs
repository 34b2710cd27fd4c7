using System.Text;

namespace DanVan.Reporting.Generators.Emit;

/// <summary>Writes C# text line by line with an indentation level; "\n" line endings on every machine.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _text = new();
    private int _indentation;

    public void Line(string line = "")
    {
        if (line.Length > 0)
        {
            _text.Append(' ', _indentation * 4).Append(line);
        }

        _text.Append('\n');
    }

    public void Open(string line)
    {
        Line(line);
        Line("{");
        _indentation++;
    }

    public void Close(string suffix = "")
    {
        _indentation--;
        Line("}" + suffix);
    }

    public override string ToString() => _text.ToString();
}

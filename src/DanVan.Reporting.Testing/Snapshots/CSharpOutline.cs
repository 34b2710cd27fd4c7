namespace DanVan.Reporting.Testing;

/// <summary>
/// The types a C# source file declares, with their line ranges and the names of the methods declared directly in
/// them, read by a small scanner of the text (comments, strings, characters and preprocessor lines skipped; braces,
/// parentheses and brackets counted). This is how a snapshot is named after its test class without reflection or a
/// stack trace: the test's own source file is on disk anyway, since its snapshots live beside it.
/// </summary>
/// <remarks>
/// Nested types are named <c>Outer.Inner</c>, as Verify names them; generic parameters are left out. The scanner does
/// not need the code to compile and never throws on odd text: what it cannot read, it does not report.
/// </remarks>
internal sealed class CSharpOutline
{
    private static readonly HashSet<string> s_typeKeywords = new(StringComparer.Ordinal) { "class", "struct", "interface", "record", "enum" };

    private CSharpOutline(List<TypeOutline> types) => Types = types;

    /// <summary>The types in the order their declarations start.</summary>
    public IReadOnlyList<TypeOutline> Types { get; }

    /// <summary>A type: its name (with its outer types), first and last line (1-based), and its methods' names.</summary>
    internal sealed record TypeOutline(string Name, int StartLine, int EndLine, IReadOnlySet<string> Methods);

    /// <summary>Reads <paramref name="source"/>.</summary>
    public static CSharpOutline Parse(string source)
    {
        List<Token> tokens = Tokenize(source);
        var types = new List<TypeOutline>();
        var scopes = new Stack<Scope>();
        var current = new Scope(ScopeKind.Top, null, 0, null);
        string? pendingType = null;
        int pendingTypeLine = 0;
        bool pendingNamespace = false;
        bool afterTypeKeyword = false;
        int parens = 0, brackets = 0;
        bool inExpression = false;
        for (int i = 0; i < tokens.Count; i++)
        {
            Token token = tokens[i];
            switch (token.Text)
            {
                case "(":
                    parens++;
                    continue;
                case ")":
                    parens = Math.Max(0, parens - 1);
                    continue;
                case "[":
                    brackets++;
                    continue;
                case "]":
                    brackets = Math.Max(0, brackets - 1);
                    continue;
                case "=" or "=>" when parens == 0 && brackets == 0 && current.Kind == ScopeKind.Type:
                    inExpression = true;
                    continue;
                case ";" when parens == 0:
                    inExpression = false;
                    pendingType = null;
                    pendingNamespace = false;
                    afterTypeKeyword = false;
                    continue;
                case "{":
                {
                    scopes.Push(current with { Parens = parens, Brackets = brackets, InExpression = inExpression });
                    if (pendingType is not null && parens == 0)
                    {
                        string name = current.TypeName is null ? pendingType : current.TypeName + "." + pendingType;
                        current = new Scope(ScopeKind.Type, name, pendingTypeLine, new HashSet<string>(StringComparer.Ordinal));
                    }
                    else
                    {
                        current = new Scope(pendingNamespace && parens == 0 ? ScopeKind.Namespace : ScopeKind.Body, current.TypeName, 0, null);
                    }

                    pendingType = null;
                    pendingNamespace = false;
                    afterTypeKeyword = false;
                    parens = 0;
                    brackets = 0;
                    inExpression = false;
                    continue;
                }

                case "}":
                {
                    if (current.Kind == ScopeKind.Type)
                    {
                        types.Add(new TypeOutline(current.TypeName!, current.StartLine, token.Line, current.Methods!));
                    }

                    if (scopes.Count > 0)
                    {
                        Scope parent = scopes.Pop();
                        parens = parent.Parens;
                        brackets = parent.Brackets;
                        inExpression = parent.InExpression;
                        current = parent;
                    }

                    continue;
                }
            }

            if (!token.IsIdentifier)
            {
                continue;
            }

            bool declarationLevel = current.Kind != ScopeKind.Body && parens == 0 && brackets == 0 && !inExpression;
            if (declarationLevel && token.Text == "namespace")
            {
                pendingNamespace = true;
                continue;
            }

            if (declarationLevel && s_typeKeywords.Contains(token.Text))
            {
                afterTypeKeyword = true;
                continue;
            }

            if (afterTypeKeyword)
            {
                afterTypeKeyword = false;
                if (declarationLevel && pendingType is null && !token.IsKeyword)
                {
                    pendingType = token.Text;
                    pendingTypeLine = token.Line;
                }

                continue;
            }

            if (declarationLevel && current.Kind == ScopeKind.Type && pendingType is null && !token.IsKeyword && IsMethodName(tokens, i))
            {
                current.Methods!.Add(token.Text);
            }
        }

        types.Sort((a, b) => a.StartLine.CompareTo(b.StartLine));
        return new CSharpOutline(types);
    }

    /// <summary>
    /// The class that declares <paramref name="method"/>: the only one that does, or among several the innermost whose
    /// lines hold <paramref name="line"/>; when no type declares it (a property, a constructor), the innermost type
    /// holding the line. <see langword="null"/> when the file gives no answer.
    /// </summary>
    public string? TypeOf(string method, int line, out IReadOnlyList<string> candidates)
    {
        var declaring = Types.Where(t => t.Methods.Contains(method)).ToList();
        candidates = declaring.Select(t => t.Name).ToList();
        if (declaring.Count == 1)
        {
            return declaring[0].Name;
        }

        List<TypeOutline> pool = declaring.Count > 0 ? declaring : [.. Types];
        TypeOutline? holding = pool.Where(t => line >= t.StartLine && line <= t.EndLine).OrderByDescending(t => t.StartLine).FirstOrDefault();
        return holding?.Name;
    }

    /// <summary>An identifier followed by "(" or by a generic parameter list and "(": a method (or constructor) declaration.</summary>
    private static bool IsMethodName(List<Token> tokens, int index)
    {
        int next = index + 1;
        if (next < tokens.Count && tokens[next].Text == "<")
        {
            int depth = 0;
            for (; next < tokens.Count; next++)
            {
                if (tokens[next].Text == "<")
                {
                    depth++;
                }
                else if (tokens[next].Text == ">")
                {
                    depth--;
                    if (depth == 0)
                    {
                        next++;
                        break;
                    }
                }
                else if (tokens[next].Text is "{" or "}" or ";" or "(" or ")")
                {
                    return false;
                }
            }
        }

        return next < tokens.Count && tokens[next].Text == "(";
    }

    private static List<Token> Tokenize(string source)
    {
        var tokens = new List<Token>();
        int line = 1;
        int i = 0;
        bool lineStart = true;
        while (i < source.Length)
        {
            char c = source[i];
            if (c == '\n')
            {
                line++;
                i++;
                lineStart = true;
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (c == '#' && lineStart)
            {
                while (i < source.Length && source[i] != '\n')
                {
                    i++;
                }

                continue;
            }

            lineStart = false;
            if (c == '/' && i + 1 < source.Length && source[i + 1] == '/')
            {
                while (i < source.Length && source[i] != '\n')
                {
                    i++;
                }

                continue;
            }

            if (c == '/' && i + 1 < source.Length && source[i + 1] == '*')
            {
                int end = source.IndexOf("*/", i + 2, StringComparison.Ordinal);
                end = end < 0 ? source.Length : end + 2;
                line += Count(source, i, end);
                i = end;
                continue;
            }

            if (c == '\'')
            {
                int end = i + 1;
                while (end < source.Length && source[end] != '\'' && source[end] != '\n')
                {
                    end += source[end] == '\\' ? 2 : 1;
                }

                i = Math.Min(source.Length, end + 1);
                continue;
            }

            if (c is '"' or '$' or '@' && StringStart(source, i) is int quote and >= 0)
            {
                int end = SkipString(source, i, quote);
                line += Count(source, i, end);
                i = end;
                continue;
            }

            if (c == '@' || c == '_' || char.IsLetter(c))
            {
                int start = c == '@' ? i + 1 : i;
                int end = start;
                while (end < source.Length && (source[end] == '_' || char.IsLetterOrDigit(source[end])))
                {
                    end++;
                }

                string text = source[start..end];
                tokens.Add(new Token(text, line, IsIdentifier: text.Length > 0, IsKeyword: c != '@' && IsKeyword(text)));
                i = Math.Max(end, i + 1);
                continue;
            }

            if (c == '=' && i + 1 < source.Length && source[i + 1] == '>')
            {
                tokens.Add(new Token("=>", line, false, false));
                i += 2;
                continue;
            }

            if (c == '=' && i + 1 < source.Length && source[i + 1] == '=')
            {
                i += 2;
                continue;
            }

            if (c is '=' && i > 0 && "!<>+-*/%&|^?".Contains(source[i - 1], StringComparison.Ordinal))
            {
                i++;
                continue;
            }

            if ("{}()[];=<>".Contains(c, StringComparison.Ordinal))
            {
                tokens.Add(new Token(c.ToString(), line, false, false));
            }

            i++;
        }

        return tokens;
    }

    /// <summary>The index of the opening quote when a string literal starts at <paramref name="i"/> ($, @, $@, @$, $$…), else -1.</summary>
    private static int StringStart(string source, int i)
    {
        int j = i;
        while (j < source.Length && (source[j] == '$' || source[j] == '@'))
        {
            j++;
        }

        return j < source.Length && source[j] == '"' ? j : -1;
    }

    /// <summary>The index just after the string literal whose prefix starts at <paramref name="start"/> and first quote is at <paramref name="quote"/>.</summary>
    private static int SkipString(string source, int start, int quote)
    {
        string prefix = source[start..quote];
        bool verbatim = prefix.Contains('@', StringComparison.Ordinal);
        bool interpolated = prefix.Contains('$', StringComparison.Ordinal);
        int quotes = 0;
        while (quote + quotes < source.Length && source[quote + quotes] == '"')
        {
            quotes++;
        }

        if (quotes >= 3)
        {
            // A raw string literal ends at the same number of quotes.
            int end = source.IndexOf(new string('"', quotes), quote + quotes, StringComparison.Ordinal);
            return end < 0 ? source.Length : end + quotes;
        }

        if (quotes == 2 && !verbatim)
        {
            return quote + 2; // ""
        }

        int i = quote + 1;
        while (i < source.Length)
        {
            char c = source[i];
            if (!verbatim && c == '\\')
            {
                i += 2;
                continue;
            }

            if (!verbatim && c == '\n')
            {
                return i; // an unterminated string ends at the line's end
            }

            if (c == '"')
            {
                if (verbatim && i + 1 < source.Length && source[i + 1] == '"')
                {
                    i += 2;
                    continue;
                }

                return i + 1;
            }

            if (interpolated && c == '{')
            {
                if (i + 1 < source.Length && source[i + 1] == '{')
                {
                    i += 2;
                    continue;
                }

                i = SkipHole(source, i + 1);
                continue;
            }

            i++;
        }

        return source.Length;
    }

    /// <summary>The index just after the "}" that closes an interpolation hole; strings inside it are skipped whole.</summary>
    private static int SkipHole(string source, int i)
    {
        int depth = 1;
        while (i < source.Length)
        {
            char c = source[i];
            if (c is '"' or '$' or '@' && StringStart(source, i) is int quote and >= 0)
            {
                i = SkipString(source, i, quote);
                continue;
            }

            if (c == '\'')
            {
                i += i + 2 < source.Length && source[i + 1] == '\\' ? 4 : 3;
                continue;
            }

            if (c == '{')
            {
                depth++;
            }
            else if (c == '}' && --depth == 0)
            {
                return i + 1;
            }

            i++;
        }

        return source.Length;
    }

    private static int Count(string source, int from, int to)
    {
        int count = 0;
        for (int i = from; i < Math.Min(to, source.Length); i++)
        {
            count += source[i] == '\n' ? 1 : 0;
        }

        return count;
    }

    private static bool IsKeyword(string text) => text is "if" or "for" or "foreach" or "while" or "switch" or "using" or "lock"
        or "return" or "new" or "typeof" or "sizeof" or "nameof" or "default" or "catch" or "when" or "fixed" or "checked"
        or "unchecked" or "base" or "this" or "class" or "struct" or "interface" or "record" or "enum" or "where" or "void"
        or "operator" or "implicit" or "explicit" or "delegate" or "await" or "throw" or "is" or "as" or "in" or "out" or "ref";

    private enum ScopeKind
    {
        Top,
        Namespace,
        Type,
        Body,
    }

    private readonly record struct Token(string Text, int Line, bool IsIdentifier, bool IsKeyword);

    private sealed record Scope(ScopeKind Kind, string? TypeName, int StartLine, HashSet<string>? Methods)
    {
        public int Parens { get; init; }

        public int Brackets { get; init; }

        public bool InExpression { get; init; }
    }
}

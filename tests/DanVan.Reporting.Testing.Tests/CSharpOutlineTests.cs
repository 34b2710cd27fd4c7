namespace DanVan.Reporting.Testing;

/// <summary>The scanner that names a snapshot after the class declaring its test method, on sources with the usual traps.</summary>
public sealed class CSharpOutlineTests
{
    private const string Source = """
        using Xunit;
        namespace A.B;

        // class Commented { void Render() { } }
        /* class Block { void Render() { } } */
        public sealed class ReportTests
        {
            private static readonly string s_braces = "}{ class Fake { void Render() {";
            private static readonly string s_verbatim = @"}"" class Fake2";
            private static readonly Func<int, int> s_lambda = x => { return Helper(x); };
            private static readonly char s_char = '{';

            [Fact]
            [InlineData("Render(")]
            public void Render() => Snapshot.Verify($"{s_braces}{"}"}{(s_char == '}' ? 1 : 2)}");

            public async Task RenderAsync<T>(T value) where T : class
            {
                string raw = \"\"\"
                    } class NotAType { void Nope() {
                    \"\"\";
                await Task.Yield();
            }

            private sealed class Nested
            {
                public void Inner() { }
            }
        }

        public record struct OtherTests(int X)
        {
            public void Render() { }
        }

        internal class Generic<T> : Base<T> where T : struct
        {
            public Generic() { }
            public void Only() { }
        }
        """;

    private static readonly CSharpOutline s_outline = CSharpOutline.Parse(Source.Replace("\\\"", "\"", StringComparison.Ordinal));

    [Fact]
    public void Types_AreTheDeclaredOnes_NestedWithTheirOuterName()
    {
        Assert.Equal(["ReportTests", "ReportTests.Nested", "OtherTests", "Generic"], s_outline.Types.Select(t => t.Name));
    }

    [Fact]
    public void Methods_AreTheDeclaredOnes_NotCallsAttributesOrStrings()
    {
        Assert.Equal(["Render", "RenderAsync"], s_outline.Types[0].Methods.Order(StringComparer.Ordinal));
        Assert.Equal(["Inner"], s_outline.Types[1].Methods);
        Assert.Equal(["Generic", "Only"], s_outline.Types[3].Methods.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TypeOf_UniqueMethod_IsItsClass_WhateverTheLine()
    {
        Assert.Equal("ReportTests", s_outline.TypeOf("RenderAsync", line: 1, out _));
        Assert.Equal("ReportTests.Nested", s_outline.TypeOf("Inner", line: 0, out _));
        Assert.Equal("Generic", s_outline.TypeOf("Only", line: 0, out _));
    }

    [Fact]
    public void TypeOf_MethodInTwoClasses_TheLineDecides()
    {
        int first = Line("public void Render() =>");
        int second = Line("public void Render() { }");

        Assert.Equal("ReportTests", s_outline.TypeOf("Render", first, out IReadOnlyList<string> candidates));
        Assert.Equal(["ReportTests", "OtherTests"], candidates);
        Assert.Equal("OtherTests", s_outline.TypeOf("Render", second, out _));
        Assert.Null(s_outline.TypeOf("Render", line: 1, out _));
    }

    [Fact]
    public void TypeOf_UnknownMember_IsTheClassAroundTheLine()
    {
        Assert.Equal("ReportTests", s_outline.TypeOf(".ctor", Line("s_lambda"), out _));
        Assert.Null(CSharpOutline.Parse("Console.WriteLine(1);").TypeOf("Main", 1, out _));
    }

    [Fact]
    public void Parse_BrokenText_GivesAnOutlineWithinTheText()
    {
        foreach (string text in (string[])["class", "class A {", "}}}", "\"unterminated", "$\"{", "@\"", "'", "/*", "\"\"\"", "class A { void M( { } }", "class A {\n  void M() {\n"])
        {
            CSharpOutline outline = CSharpOutline.Parse(text);
            int lines = text.Split('\n').Length;
            Assert.All(outline.Types, type =>
            {
                Assert.Equal("A", type.Name); // the only type any of these texts declares
                Assert.InRange(type.StartLine, 1, lines);
                Assert.InRange(type.EndLine, type.StartLine, lines);
            });
        }

        // No declaration outside strings and comments: no type, and no class to name a snapshot after.
        foreach (string text in (string[])["}}}", "\"class A { }", "/* class A { } */", "// class A { }", "@\"class A {\"", "'{'"])
        {
            Assert.Empty(CSharpOutline.Parse(text).Types);
            Assert.Null(CSharpOutline.Parse(text).TypeOf("M", 1, out _));
        }

        // A closed class around a broken method is still found.
        Assert.Equal("A", CSharpOutline.Parse("class A { void M( { } }").TypeOf("M", 1, out _));
    }

    private static int Line(string text) =>
        Array.FindIndex(Source.Split('\n'), line => line.Contains(text, StringComparison.Ordinal)) + 1;
}

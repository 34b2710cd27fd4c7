using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DanVan.Reporting.Docx;

/// <summary>Builds the WordprocessingML package: parts with fixed relationship ids, no dates in its properties.</summary>
internal static class DocxPackage
{
    public const string MainId = "rIdDocument";
    public const string StylesId = "rIdStyles";
    public const string HeaderId = "rIdHeader";
    public const string FirstHeaderId = "rIdHeaderFirst";
    public const string FooterId = "rIdFooter";
    public const string FirstFooterId = "rIdFooterFirst";

    public static void Write(Stream package, IReadOnlyList<OpenXmlElement> content, LayoutProfile profile)
    {
        using (WordprocessingDocument document = WordprocessingDocument.Create(package, WordprocessingDocumentType.Document, autoSave: true))
        {
            MainDocumentPart main = document.AddMainDocumentPart();
            document.ChangeIdOfPart(main, MainId);

            StyleDefinitionsPart styles = main.AddNewPart<StyleDefinitionsPart>(StylesId);
            styles.Styles = Styles(profile);

            var section = new SectionProperties();
            bool numbered = profile.PageNumbers != PageNumberPlacement.None;
            if (numbered)
            {
                // The numbered part for every page, then (page 1 unnumbered) an empty one for the first page: the parts
                // are added in this order, which fixes their order in the zip.
                bool top = profile.PageNumbers == PageNumberPlacement.TopCenter;
                AddPageNumberPart(main, section, top, first: false, PageNumberParagraph(profile.PageNumberStyle));
                if (!profile.NumberFirstPage)
                {
                    AddPageNumberPart(main, section, top, first: true, new Paragraph());
                }
            }

            section.Append(new PageSize
            {
                Width = (UInt32Value)(uint)DocxElements.Mm(profile.PageWidthMm),
                Height = (UInt32Value)(uint)DocxElements.Mm(profile.PageHeightMm),
            });
            section.Append(new PageMargin
            {
                Top = DocxElements.Mm(profile.Margins.TopMm),
                Bottom = DocxElements.Mm(profile.Margins.BottomMm),
                Left = (UInt32Value)(uint)DocxElements.Mm(profile.Margins.LeftMm),
                Right = (UInt32Value)(uint)DocxElements.Mm(profile.Margins.RightMm),
                Header = (UInt32Value)(uint)DocxElements.Mm(10),
                Footer = (UInt32Value)(uint)DocxElements.Mm(10),
                Gutter = (UInt32Value)0u,
            });
            if (numbered && !profile.NumberFirstPage)
            {
                section.Append(new TitlePage());
            }

            var body = new Body();
            foreach (OpenXmlElement element in content)
            {
                body.Append(element);
            }

            body.Append(section);
            main.Document = new Document(body);
        }
    }

    // A header part (top) or footer part (bottom) holding the paragraph, and its reference in the section.
    private static void AddPageNumberPart(MainDocumentPart main, SectionProperties section, bool top, bool first, Paragraph paragraph)
    {
        HeaderFooterValues type = first ? HeaderFooterValues.First : HeaderFooterValues.Default;
        if (top)
        {
            string id = first ? FirstHeaderId : HeaderId;
            main.AddNewPart<HeaderPart>(id).Header = new Header(paragraph);
            section.Append(new HeaderReference { Type = type, Id = id });
        }
        else
        {
            string id = first ? FirstFooterId : FooterId;
            main.AddNewPart<FooterPart>(id).Footer = new Footer(paragraph);
            section.Append(new FooterReference { Type = type, Id = id });
        }
    }

    private static Styles Styles(LayoutProfile profile)
    {
        string font = ProfileText.FontFamily(profile.FontFamily); // untrusted: a NUL or more than 31 characters breaks the DOCX
        string size = (profile.BodyStyle.Size * 2).ToString(CultureInfo.InvariantCulture);
        return new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = font, HighAnsi = font, ComplexScript = font, EastAsia = font },
                    new FontSize { Val = size },
                    new FontSizeComplexScript { Val = size },
                    new Languages { Val = "vi-VN", EastAsia = "vi-VN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))),
            new Style(
                new StyleName { Val = "Normal" },
                new PrimaryStyle())
            {
                Type = StyleValues.Paragraph,
                StyleId = "Normal",
                Default = true,
            });
    }

    private static Paragraph PageNumberParagraph(TextStyle style)
    {
        string size = (style.Size * 2).ToString(CultureInfo.InvariantCulture);
        RunProperties Properties() => new()
        {
            FontSize = new FontSize { Val = size },
            FontSizeComplexScript = new FontSizeComplexScript { Val = size },
        };

        return new Paragraph(
            new ParagraphProperties { Justification = new Justification { Val = JustificationValues.Center } },
            new Run(Properties(), new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(Properties(), new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(Properties(), new FieldChar { FieldCharType = FieldCharValues.Separate }),
            new Run(Properties(), new Text("2")),
            new Run(Properties(), new FieldChar { FieldCharType = FieldCharValues.End }));
    }
}

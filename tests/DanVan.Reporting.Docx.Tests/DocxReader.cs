using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DanVan.Reporting.Docx.Tests;

/// <summary>Reads a rendered DOCX back: validation errors, paragraphs' text in order, section properties.</summary>
internal static class DocxReader
{
    /// <summary>The validator's errors: with its default (Office 2007) rules and with Microsoft 365's.</summary>
    public static List<string> ValidationErrors(byte[] docx)
    {
        using var stream = new MemoryStream(docx, writable: false);
        using WordprocessingDocument document = WordprocessingDocument.Open(stream, false);
        var errors = new List<string>();
        foreach (OpenXmlValidator validator in new[] { new OpenXmlValidator(), new OpenXmlValidator(FileFormatVersions.Microsoft365) })
        {
            foreach (ValidationErrorInfo error in validator.Validate(document))
            {
                errors.Add(error.Id + ": " + error.Description + " at " + error.Path?.XPath + " in " + error.Part?.Uri);
            }
        }

        return errors;
    }

    public static List<string> Paragraphs(byte[] docx)
    {
        using var stream = new MemoryStream(docx, writable: false);
        using WordprocessingDocument document = WordprocessingDocument.Open(stream, false);
        var texts = new List<string>();
        foreach (Paragraph paragraph in document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>())
        {
            texts.Add(paragraph.InnerText);
        }

        return texts;
    }

    public static T With<T>(byte[] docx, Func<WordprocessingDocument, T> read)
    {
        using var stream = new MemoryStream(docx, writable: false);
        using WordprocessingDocument document = WordprocessingDocument.Open(stream, false);
        return read(document);
    }
}

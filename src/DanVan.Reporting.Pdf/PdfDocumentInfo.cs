namespace DanVan.Reporting.Pdf;

/// <summary>What the PDF's document information says about it.</summary>
/// <param name="Title">Tên loại and trích yếu ("BÁO CÁO Kết quả …").</param>
/// <param name="Author">The issuer.</param>
/// <param name="Subject">The trích yếu.</param>
/// <param name="Created">The creation date written into the file (the document's date, or a constant: never the clock).</param>
internal sealed record PdfDocumentInfo(string Title, string Author, string Subject, DateTime Created);

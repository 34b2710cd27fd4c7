namespace DanVan.Reporting;

/// <summary>The fixed markup of the HTML layout, each piece in both encodings (see <see cref="Markup"/>).</summary>
public sealed partial class HtmlReportWriter
{
    /// <summary>
    /// Tags as the writer puts them on its lines. A line's opening piece has no line end; its closing piece and a tag
    /// that is a line of its own (opening a block, or closing one) end with "\n".
    /// </summary>
    private static class Tags
    {
        public static readonly Markup Space = new(" ");
        public static readonly Markup NewLine = new("\n");
        public static readonly Markup Article = new("<article class=\"report\">\n");
        public static readonly Markup DocumentArticle = new("<article class=\"report document\">\n");
        public static readonly Markup ArticleEnd = new("</article>\n");
        public static readonly Markup Header = new("<header>\n");
        public static readonly Markup HeaderEnd = new("</header>\n");
        public static readonly Markup Section = new("<section>\n");
        public static readonly Markup SectionEnd = new("</section>\n");
        public static readonly Markup H1 = new("<h1>");
        public static readonly Markup H1End = new("</h1>\n");
        public static readonly Markup H2 = new("<h2>");
        public static readonly Markup H2End = new("</h2>\n");
        public static readonly Markup H3 = new("<h3>");
        public static readonly Markup H3End = new("</h3>\n");
        public static readonly Markup P = new("<p>");
        public static readonly Markup PEnd = new("</p>\n");
        public static readonly Markup Label = new("<p class=\"label\">");
        public static readonly Markup LabelEnd = new(":</p>\n");
        public static readonly Markup Text = new("<div class=\"text\">\n");
        public static readonly Markup Group = new("<div class=\"group\">\n");
        public static readonly Markup List = new("<div class=\"list\">\n");
        public static readonly Markup DivEnd = new("</div>\n");
        public static readonly Markup Dl = new("<dl>\n");
        public static readonly Markup DlEnd = new("</dl>\n");
        public static readonly Markup Dt = new("<dt>");
        public static readonly Markup DtEnd = new("</dt>\n");
        public static readonly Markup Dd = new("<dd>");
        public static readonly Markup DdEnd = new("</dd>\n");
        public static readonly Markup Ul = new("<ul>\n");
        public static readonly Markup UlEnd = new("</ul>\n");
        public static readonly Markup Li = new("<li>");
        public static readonly Markup LiEnd = new("</li>\n");
        public static readonly Markup LiOpen = new("<li>\n");
        public static readonly Markup LiClose = new("</li>\n");
        public static readonly Markup DataTable = new("<table class=\"data\">\n");
        public static readonly Markup TableEnd = new("</table>\n");
        public static readonly Markup THead = new("<thead>\n");
        public static readonly Markup THeadEnd = new("</thead>\n");
        public static readonly Markup TBody = new("<tbody>\n");
        public static readonly Markup TBodyEnd = new("</tbody>\n");
        public static readonly Markup Tr = new("<tr>\n");
        public static readonly Markup TrEnd = new("</tr>\n");
        public static readonly Markup Th = new("<th>");
        public static readonly Markup ThEnd = new("</th>\n");
        public static readonly Markup Td = new("<td>");
        public static readonly Markup TdCenter = new("<td class=\"center\">");
        public static readonly Markup TdRight = new("<td class=\"right\">");
        public static readonly Markup TdEnd = new("</td>\n");
        public static readonly Markup DocumentHeader = new("<table class=\"document-header\" role=\"presentation\">\n");
        public static readonly Markup DocumentFooter = new("<table class=\"document-footer\" role=\"presentation\">\n");
        public static readonly Markup TdIssuer = new("<td class=\"issuer\">\n");
        public static readonly Markup TdNational = new("<td class=\"national\">\n");
        public static readonly Markup TdRecipients = new("<td class=\"recipients\">\n");
        public static readonly Markup TdSignature = new("<td class=\"signature\">\n");
        public static readonly Markup TdBlockEnd = new("</td>\n");
        public static readonly Markup Addressees = new("<div class=\"addressees\">\n");
        public static readonly Markup BodyEnd = new("</body>\n");
        public static readonly Markup HtmlEnd = new("</html>\n");
    }
}

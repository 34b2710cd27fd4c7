using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;
using HandlebarsDotNet;

namespace DanVan.Reporting.Benchmarks.Subjects;

/// <summary>
/// The template engines' way to the same HTML: a Liquid template (Fluid.Core) and a Handlebars template
/// (Handlebars.Net), each parsed or compiled once and reused, rendering a <see cref="HtmlView"/> built per call.
/// </summary>
/// <remarks>
/// The templates (Templates/report.liquid, Templates/report.hbs) reproduce <see cref="HtmlReportWriter"/>'s output
/// for this report type byte for byte; the fairness tests check it on the benchmark input. Fluid escapes with
/// <see cref="System.Text.Encodings.Web.HtmlEncoder"/> allowing all of Unicode (so Vietnamese letters stay as they are, as ours leaves them);
/// Handlebars.Net with its own HTML encoder.
/// </remarks>
public static class TemplateSides
{
    private static readonly TextEncoder s_fluidEncoder = System.Text.Encodings.Web.HtmlEncoder.Create(UnicodeRanges.All);

    private static readonly TemplateOptions s_fluidOptions = CreateFluidOptions();

    private static readonly IFluidTemplate s_fluidTemplate = ParseFluid();

    private static readonly HandlebarsTemplate<object, object> s_handlebarsTemplate =
        Handlebars.Create().Compile(Resource("report.hbs"));

    private static readonly HandlebarsTemplate<TextWriter, object, object> s_handlebarsWriterTemplate =
        Handlebars.Create().Compile(new StringReader(Resource("report.hbs")));

    private static readonly System.Text.UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The report as HTML through the Liquid template.</summary>
    public static string RenderFluid(SoKetCongTacDanVan report)
    {
        var context = new TemplateContext(HtmlView.Of(report), s_fluidOptions);
        return s_fluidTemplate.Render(context, s_fluidEncoder);
    }

    /// <summary>The report as HTML through the Handlebars template.</summary>
    public static string RenderHandlebars(SoKetCongTacDanVan report) => s_handlebarsTemplate(HtmlView.Of(report));

    /// <summary>The report as HTML through the Handlebars template, UTF-8 to a stream: Handlebars.Net's way to write a response.</summary>
    public static void RenderHandlebars(SoKetCongTacDanVan report, Stream output)
    {
        using var writer = new StreamWriter(output, s_utf8, bufferSize: 4096, leaveOpen: true);
        s_handlebarsWriterTemplate(writer, HtmlView.Of(report));
    }

    private static TemplateOptions CreateFluidOptions()
    {
        var options = new TemplateOptions();
        options.MemberAccessStrategy.Register<HtmlView>();
        options.MemberAccessStrategy.Register<LabelledValue>();
        options.MemberAccessStrategy.Register<ModelView>();
        return options;
    }

    private static IFluidTemplate ParseFluid()
    {
        var parser = new FluidParser();
        return parser.TryParse(Resource("report.liquid"), out IFluidTemplate? template, out string? error)
            ? template
            : throw new InvalidOperationException("report.liquid: " + error);
    }

    private static string Resource(string name)
    {
        using Stream stream = typeof(TemplateSides).Assembly.GetManifestResourceStream("DanVan.Reporting.Benchmarks.Templates." + name)
            ?? throw new InvalidOperationException("Missing template " + name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

using DanVan.Reporting;
using DanVan.Reporting.Benchmarks.Subjects;

if (args is ["--html", string side])
{
    Console.Out.Write(side switch
    {
        "fluid" => TemplateSides.RenderFluid(Inputs.Valid),
        "handlebars" => TemplateSides.RenderHandlebars(Inputs.Valid),
        _ => Inputs.Valid.RenderHtml(),
    });
    return 0;
}

return 0;

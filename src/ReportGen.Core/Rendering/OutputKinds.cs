using ReportGen.Core.Model;
using ReportGen.Core.Rendering.Docx;
using ReportGen.Core.Rendering.Html;

namespace ReportGen.Core.Rendering;

/// <summary>What every kind of output may be asked for: the .docx's fonts and dates, and PDF/A for the PDF.</summary>
public sealed record OutputOptions
{
    public DocxOptions Docx { get; init; } = new();

    /// <summary><c>--pdf-a</c>: the PDF as PDF/A-2b, for archives.</summary>
    public bool PdfA { get; init; }

    /// <summary>The soffice to run for the PDF (REPORTGEN_SOFFICE); null: soffice or libreoffice on the PATH.</summary>
    public string? Soffice { get; init; }
}

/// <summary>
/// The one registry of output kinds (<c>--to docx,html,pdf,svg</c>): each name and how its renderer is made.
/// Adding a kind of output is one renderer class and one line here; the build plans, renders and writes every
/// kind the same way.
/// </summary>
public static class OutputKinds
{
    public const string Docx = "docx";
    public const string Html = "html";
    public const string Pdf = "pdf";
    public const string Svg = "svg";

    private static readonly (string Name, Func<OutputOptions, IReportRenderer> Create)[] Kinds =
    [
        (Docx, options => new DocxReportRenderer(options.Docx)),
        (Html, options => new HtmlReportRenderer(options.Docx.Fonts)),
        (Pdf, options => new PdfReportRenderer(options)),
        (Svg, options => new SvgChartRenderer(options.Docx.Fonts)),
    ];

    /// <summary>Every kind's name, in the order help lists them.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Kinds.Select(k => k.Name)];

    /// <summary>The renderer of <paramref name="kind"/> (one of <see cref="Names"/>, any case).</summary>
    public static IReportRenderer Create(string kind, OutputOptions options)
    {
        ArgumentNullException.ThrowIfNull(kind);
        var (_, create) = Kinds.FirstOrDefault(k => string.Equals(k.Name, kind, StringComparison.OrdinalIgnoreCase));
        return create is null
            ? throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown output kind")
            : create(options);
    }

    /// <summary>
    /// A comma-separated list (<c>docx,html</c>) as kind names, in the order given and without repeats; null and
    /// <paramref name="unknown"/> set to the first name that is not a kind.
    /// </summary>
    public static IReadOnlyList<string>? Parse(string list, out string? unknown)
    {
        ArgumentNullException.ThrowIfNull(list);
        var kinds = new List<string>();
        foreach (var part in list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var name = Names.FirstOrDefault(n => string.Equals(n, part, StringComparison.OrdinalIgnoreCase));
            if (name is null)
            {
                unknown = part;
                return null;
            }

            if (!kinds.Contains(name))
            {
                kinds.Add(name);
            }
        }

        unknown = kinds.Count == 0 ? list : null;
        return kinds.Count == 0 ? null : kinds;
    }
}

/// <summary>The 图解 charts alone as one SVG file (<c>--to svg</c>).</summary>
public sealed class SvgChartRenderer(FontSet fonts) : IReportRenderer
{
    public string Extension => ".svg";

    public void Render(AnnualReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(new System.Text.UTF8Encoding(false).GetBytes(ReportCharts.Svg(report, fonts)));
    }
}

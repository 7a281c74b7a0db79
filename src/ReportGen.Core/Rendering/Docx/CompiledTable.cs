using System.Collections.Concurrent;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Core.Model;

namespace ReportGen.Core.Rendering.Docx;

/// <summary>One of the three tables: its geometry and how its builder lays out a report's rows.</summary>
internal sealed record TableDesign(TableGeometry Geometry, Action<ITableRows, AnnualReport> AddRows)
{
    /// <summary>The table as Open XML elements, figures and all: the reference the compiled table must equal.</summary>
    public Table Build(AnnualReport report)
    {
        var writer = new TableWriter(Geometry);
        AddRows(writer, report);
        return writer.Finish();
    }
}

/// <summary>
/// A table written once by <see cref="TableWriter"/> with holes for its figures, then filled per report.
/// Only the figures differ between reports (the rows, labels and merges are the format's), and building the
/// ~2,000 elements of a table through the SDK was most of the time to render a report (bench/README.md).
/// </summary>
internal sealed class CompiledTable
{
    private readonly TableDesign _design;
    private readonly XmlTemplate _template;
    private readonly int[] _holeWidths;

    /// <summary>A figure's run in each size it may take, cut at its text.</summary>
    private readonly ConcurrentDictionary<int, XmlTemplate> _runs = new();

    public CompiledTable(TableDesign design)
    {
        _design = design;
        var writer = new TableWriter(design.Geometry, figureHoles: true);
        design.AddRows(writer, new AnnualReport());
        _template = XmlTemplate.Cut(BodyXml.Serialize(writer.Finish()), BodyXml.CommentXml(TableWriter.FigureHole));
        _holeWidths = [.. writer.HoleWidths];
        if (_template.Holes != _holeWidths.Length)
        {
            throw new InvalidOperationException("the table's text contains the figure hole comment");
        }
    }

    public void Write(XmlBuffer output, AnnualReport report)
    {
        var figures = new FigureList();
        _design.AddRows(figures, report);
        if (figures.Figures.Count != _holeWidths.Length)
        {
            // The builder laid out other rows for this report than for the template: a defect, never the input's.
            throw new InvalidOperationException($"the table has {_holeWidths.Length} figures in its template but {figures.Figures.Count} in this report");
        }

        for (var i = 0; i < _holeWidths.Length; i++)
        {
            output.Append(_template.Piece(i));
            var text = figures.Figures[i];
            if (text.Length > 0)
            {
                var size = TableWriter.NumberSize(_design.Geometry, text, _holeWidths[i]);
                _runs.GetOrAdd(size, s => XmlTemplate.CutAtText(BodyXml.Serialize(TableWriter.TextRun(XmlTemplate.TextHole, s))))
                    .Write(output, text);
            }
        }

        output.Append(_template.Piece(_holeWidths.Length));
    }
}

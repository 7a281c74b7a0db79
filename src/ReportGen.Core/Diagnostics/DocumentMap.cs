namespace ReportGen.Core.Diagnostics;

/// <summary>Where each value of an imported report stands in its document, by YAML path (as <c>SourceMap</c> for YAML).</summary>
public sealed class DocumentMap
{
    private readonly Dictionary<string, DocumentPosition> _positions = new(StringComparer.Ordinal);

    public void Add(string yamlPath, DocumentPosition position) => _positions.TryAdd(yamlPath, position);

    public int Count => _positions.Count;

    /// <summary>The position of the path, else of the nearest enclosing path the document has, else <see cref="DocumentPosition.None"/>.</summary>
    public DocumentPosition Locate(string? yamlPath)
    {
        for (var p = yamlPath; !string.IsNullOrEmpty(p); p = Parent(p))
        {
            if (_positions.TryGetValue(p, out var position))
            {
                return position;
            }
        }

        return DocumentPosition.None;
    }

    /// <summary><c>a.b[2]</c> → <c>a.b</c> → <c>a</c> → "".</summary>
    private static string Parent(string path)
    {
        var cut = path.LastIndexOfAny(['.', '[']);
        return cut < 0 ? "" : path[..cut];
    }
}

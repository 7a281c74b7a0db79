using ReportGen.Core.Format;
using ReportGen.Core.Templates;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Docs;

public class InputReferenceTests
{
    [Fact]
    public void Committed_input_reference_is_generated_from_the_catalog() =>
        Golden.AssertMatchesCommitted(Path.Combine("docs", "input-reference.md"), InputReference.Create());

    [Fact]
    public void Input_reference_lists_every_key_with_its_label()
    {
        var page = InputReference.Create();
        var nodes = InputShape.TopLevel.SelectMany(n => n.Descendants.Prepend(n)).ToList();

        Assert.All(nodes.Where(n => !n.Path.Contains("[]", StringComparison.Ordinal)),
            n => Assert.Contains($"| `{n.Path}` | {n.Label.Replace("|", "\\|", StringComparison.Ordinal)} |", page, StringComparison.Ordinal));
        Assert.All(InputFields.ProseItem, f => Assert.Contains($"| `{f.Key}` | {f.Label} |", page, StringComparison.Ordinal));
    }
}

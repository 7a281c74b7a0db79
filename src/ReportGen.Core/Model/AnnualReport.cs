using ReportGen.Core.Format;

namespace ReportGen.Core.Model;

public enum AgencyType
{
    Department,
    Government,
}

public enum AdminLevel
{
    National,
    Provincial,
    Municipal,
    County,
    Township,
}

/// <summary>One agency's report for one year, as read from its input file.</summary>
public sealed class AnnualReport
{
    public int Format { get; set; } = FormatCatalog.FormatId;
    public int Year { get; set; }
    public string Agency { get; set; } = "";
    public string? Title { get; set; }
    public AgencyType? AgencyType { get; set; }
    public AdminLevel? AdminLevel { get; set; }
    public DateOnly? PublishDate { get; set; }
    public Contact? Contact { get; set; }
    public IReadOnlyList<string>? Preface { get; set; }
    public IReadOnlyList<ProseSection> Overview { get; set; } = [];
    public ProactiveData Proactive { get; set; } = new();
    public RequestTable Requests { get; set; } = new();
    public ReviewTable Reviews { get; set; } = new();
    public IReadOnlyList<ProseSection> Problems { get; set; } = [];
    public IReadOnlyList<ProseSection> OtherMatters { get; set; } = [];

    /// <summary>The title as printed: the given one, or the format's customary one.</summary>
    public string EffectiveTitle => string.IsNullOrWhiteSpace(Title) ? DefaultTitle(Agency, Year) : Title;

    public static string DefaultTitle(string agency, int year) =>
        agency + year.ToString(System.Globalization.CultureInfo.InvariantCulture) + "年政府信息公开工作年度报告";
}

public sealed class Contact
{
    public string? Office { get; set; }
    public string? WebsiteName { get; set; }
    public string? Website { get; set; }
    public string? Address { get; set; }
    public string? Postcode { get; set; }
    public string? Phone { get; set; }
}

/// <summary>
/// A sub-section of prose: an optional heading (without its number) and its paragraphs. <paramref name="TextPath"/>
/// is the YAML path of the text (<c>overview[0].text</c>) when read from a file, so that paragraph <c>i</c> can be
/// pointed at as <c>overview[0].text[i]</c>.
/// </summary>
public sealed record ProseSection(string? Heading, IReadOnlyList<string> Paragraphs, string? TextPath = null)
{
    public IEnumerable<string> AllText => Heading is null ? Paragraphs : Paragraphs.Prepend(Heading);

    /// <summary>The YAML path of paragraph <paramref name="index"/>, or null when the section was not read from a file.</summary>
    public string? ParagraphPath(int index) =>
        TextPath is null ? null : TextPath + "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
}

/// <summary>本年制发件数 · 本年废止件数 · 现行有效件数.</summary>
public sealed record DocumentCounts(long Issued, long Repealed, long InForce)
{
    public static readonly DocumentCounts Zero = new(0, 0, 0);

    public long this[int column] => column switch
    {
        0 => Issued,
        1 => Repealed,
        2 => InForce,
        _ => throw new ArgumentOutOfRangeException(nameof(column)),
    };
}

/// <summary>A fee in 万元, kept with the text it was written as so that it prints exactly so.</summary>
public sealed record FeeAmount(decimal Value, string Text)
{
    public static readonly FeeAmount Zero = new(0m, "0");
}

/// <summary>Table A — 二、主动公开政府信息情况.</summary>
public sealed class ProactiveData
{
    public DocumentCounts Regulations { get; set; } = DocumentCounts.Zero;
    public DocumentCounts NormativeDocuments { get; set; } = DocumentCounts.Zero;
    public long Licensing { get; set; }
    public long Penalty { get; set; }
    public long Coercion { get; set; }
    public FeeAmount Fees { get; set; } = FeeAmount.Zero;

    public DocumentCounts Documents(ProactiveItem item) => item.Key switch
    {
        "regulations" => Regulations,
        "normative_documents" => NormativeDocuments,
        _ => throw new ArgumentException("not a document item: " + item.Key, nameof(item)),
    };

    public long Decisions(ProactiveItem item) => item.Key switch
    {
        "licensing" => Licensing,
        "penalty" => Penalty,
        "coercion" => Coercion,
        _ => throw new ArgumentException("not a decision item: " + item.Key, nameof(item)),
    };

    /// <summary>The cell's text as printed in Table A.</summary>
    public IReadOnlyList<string> Cells(ProactiveItem item) => item.Kind switch
    {
        ProactiveValueKind.DocumentCounts => [.. Enumerable.Range(0, 3).Select(i => Documents(item)[i].ToString(System.Globalization.CultureInfo.InvariantCulture))],
        ProactiveValueKind.DecisionCount => [Decisions(item).ToString(System.Globalization.CultureInfo.InvariantCulture)],
        _ => [Fees.Text],
    };
}

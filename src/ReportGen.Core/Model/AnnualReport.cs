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

    /// <summary>Who the report is of, for pairing years and finding duplicates: the agency however its name was spaced.</summary>
    public string AgencyKey => KeyOf(Agency);

    /// <summary>The same agency, however its name was spaced.</summary>
    public static string KeyOf(string agency) => string.Concat(agency.Where(c => !char.IsWhiteSpace(c)));

    public static string DefaultTitle(string agency, int year) =>
        agency + year.ToString(System.Globalization.CultureInfo.InvariantCulture) + "年政府信息公开工作年度报告";
}

/// <summary>The contact block: one value per field of <see cref="InputFields.Contact"/>, blank ones null.</summary>
public sealed class Contact
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public string? Office { get => this[InputFields.ContactOffice]; set => this[InputFields.ContactOffice] = value; }
    public string? WebsiteName { get => this[InputFields.ContactWebsiteName]; set => this[InputFields.ContactWebsiteName] = value; }
    public string? Website { get => this[InputFields.ContactWebsite]; set => this[InputFields.ContactWebsite] = value; }
    public string? Address { get => this[InputFields.ContactAddress]; set => this[InputFields.ContactAddress] = value; }
    public string? Postcode { get => this[InputFields.ContactPostcode]; set => this[InputFields.ContactPostcode] = value; }
    public string? Phone { get => this[InputFields.ContactPhone]; set => this[InputFields.ContactPhone] = value; }

    public string? this[InputField field]
    {
        get => _values.GetValueOrDefault(Known(field).Key);
        set
        {
            if (value is null)
            {
                _values.Remove(Known(field).Key);
            }
            else
            {
                _values[Known(field).Key] = value;
            }
        }
    }

    private static InputField Known(InputField field) =>
        InputFields.Contact.Contains(field) ? field : throw new ArgumentException(field?.Key + " is not a contact field", nameof(field));
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

/// <summary>
/// The proactive table (二、主动公开政府信息情况): one value per item of <see cref="ProactiveTableSpec"/>, stored
/// by the item's index, so that an item added to the catalog needs no new property here.
/// </summary>
public sealed class ProactiveData
{
    private static readonly ProactiveTableSpec Spec = FormatCatalog.ProactiveTable;

    private readonly DocumentCounts[] _documents = [.. Enumerable.Repeat(DocumentCounts.Zero, Spec.ItemCount)];
    private readonly long[] _decisions = new long[Spec.ItemCount];
    private readonly FeeAmount[] _fees = [.. Enumerable.Repeat(FeeAmount.Zero, Spec.ItemCount)];

    public DocumentCounts Regulations { get => Documents(Spec.Regulations); set => SetDocuments(Spec.Regulations, value); }
    public DocumentCounts NormativeDocuments { get => Documents(Spec.NormativeDocuments); set => SetDocuments(Spec.NormativeDocuments, value); }
    public long Licensing { get => Decisions(Spec.Licensing); set => SetDecisions(Spec.Licensing, value); }
    public long Penalty { get => Decisions(Spec.Penalty); set => SetDecisions(Spec.Penalty, value); }
    public long Coercion { get => Decisions(Spec.Coercion); set => SetDecisions(Spec.Coercion, value); }
    public FeeAmount Fees { get => Fee(Spec.Fees); set => SetFee(Spec.Fees, value); }

    public DocumentCounts Documents(ProactiveItem item) => _documents[Of(item, ProactiveValueKind.DocumentCounts)];

    public long Decisions(ProactiveItem item) => _decisions[Of(item, ProactiveValueKind.DecisionCount)];

    public FeeAmount Fee(ProactiveItem item) => _fees[Of(item, ProactiveValueKind.FeeAmount)];

    public void SetDocuments(ProactiveItem item, DocumentCounts value) =>
        _documents[Of(item, ProactiveValueKind.DocumentCounts)] = value ?? throw new ArgumentNullException(nameof(value));

    public void SetDecisions(ProactiveItem item, long value) => _decisions[Of(item, ProactiveValueKind.DecisionCount)] = value;

    public void SetFee(ProactiveItem item, FeeAmount value) =>
        _fees[Of(item, ProactiveValueKind.FeeAmount)] = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>The cell's text as printed in the proactive table.</summary>
    public IReadOnlyList<string> Cells(ProactiveItem item) => item.Kind switch
    {
        ProactiveValueKind.DocumentCounts => [.. Enumerable.Range(0, 3).Select(i => ChineseText.Figure(Documents(item)[i]))],
        ProactiveValueKind.DecisionCount => [ChineseText.Figure(Decisions(item))],
        _ => [Fee(item).Text],
    };

    private static int Of(ProactiveItem item, ProactiveValueKind kind)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Kind == kind ? item.Index : throw new ArgumentException($"{item.Key} is not an item of kind {kind}", nameof(item));
    }
}

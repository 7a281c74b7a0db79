namespace ReportGen.Core.Model;

/// <summary>An agency's identity across the files of a run, however its name was written.</summary>
public static class AgencyIdentity
{
    /// <summary>The administrative units a name starts with: 包头市石拐区商务和科技局 is also 商务和科技局.</summary>
    private static readonly char[] UnitEnds = ['省', '市', '区', '县', '旗', '州', '盟', '镇', '乡'];

    /// <summary>
    /// The forms of an agency's name its own prose uses: the whole name, and the name without the leading
    /// administrative units (石拐区商务和科技局 → 商务和科技局), longest first. A form shorter than three
    /// characters (局, 办) would mask ordinary words and is left out.
    /// </summary>
    public static IReadOnlyList<string> NameForms(string agency)
    {
        var name = AnnualReport.KeyOf(agency);
        var forms = new List<string>();
        if (name.Length >= 3)
        {
            forms.Add(name);
        }

        for (var i = 0; i < name.Length - 1; i++)
        {
            if (Array.IndexOf(UnitEnds, name[i]) >= 0 && name.Length - i - 1 >= 3)
            {
                forms.Add(name[(i + 1)..]);
            }
        }

        return [.. forms.Distinct(StringComparer.Ordinal).OrderByDescending(f => f.Length)];
    }
}

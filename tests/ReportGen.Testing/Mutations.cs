using System.Text;

namespace ReportGen.Tests.Hostile;

/// <summary>The ways a valid input file gets broken by hand, by editors and by scripts.</summary>
public enum MutationKind
{
    DropLine,
    DuplicateLine,
    SwapLines,
    Reindent,
    MisspellKey,
    ChangeNumber,
    ShortenRow,
    LengthenRow,
    InsertBytes,
    DeleteBytes,
    Truncate,
    RepeatLine,
}

/// <summary>
/// One mutation: what, where (an index into the lines or bytes, taken modulo their count) and which variant.
/// Plain data, so that CsCheck can generate and shrink it and the fuzzer can draw it from a seed.
/// </summary>
public readonly record struct Mutation(MutationKind Kind, int Where, int What);

/// <summary>Applies mutations to an input file's bytes. Works on bytes, so it applies to any input, text or not.</summary>
public static class Mutator
{
    /// <summary>Values a count cell gets written as, right and wrong.</summary>
    public static readonly string[] Values =
    [
        "0", "1", "7", "-1", "-0", "+5", "999999999", "1000000000", "2147483647", "9223372036854775807",
        "99999999999999999999", "1e3", "1E+3", "0x1F", "0o17", "010", "1.5", ".5", "5.", "1,000", "５", "5件",
        "yes", "no", "true", "~", "null", "", "/", "-", "—", "无", "\"5\"", "'5'", ".nan", ".inf", "-.inf",
        "!!int 5", "!!str 5", "&a 1", "*a", "[]", "{}", "[1, 2]", "{a: 1}", "|\n  5", "2023-01-01", "\"\\x01\"",
        "\"\\uD800\"", "\"\\U0010FFFF\"", "'\u202E5'", "5 # 注释", "? 5", "! 5", "%5", "@5", "`5`",
    ];

    /// <summary>Bytes that mean something to YAML, to the decoder or to a terminal.</summary>
    public static readonly byte[] Bytes =
    [
        0x00, 0x01, 0x09, 0x0A, 0x0D, 0x1B, 0x20, 0x21, 0x22, 0x23, 0x25, 0x26, 0x27, 0x2A, 0x2C, 0x2D, 0x3A, 0x3E,
        0x3F, 0x40, 0x5B, 0x5C, 0x5D, 0x60, 0x7B, 0x7C, 0x7D, 0x7F, 0x80, 0xBF, 0xC0, 0xC3, 0xE4, 0xEF, 0xBB, 0xFE, 0xFF,
    ];

    private static readonly int Kinds = Enum.GetValues<MutationKind>().Length;

    /// <summary>A random mutation, for the fuzzer.</summary>
    public static Mutation Random(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return new Mutation((MutationKind)random.Next(Kinds), random.Next(), random.Next(1_000));
    }

    public static byte[] Apply(byte[] input, IEnumerable<Mutation> mutations)
    {
        ArgumentNullException.ThrowIfNull(mutations);
        return mutations.Aggregate(input, Apply);
    }

    public static byte[] Apply(byte[] input, Mutation mutation)
    {
        ArgumentNullException.ThrowIfNull(input);
        return mutation.Kind switch
        {
            MutationKind.InsertBytes => Insert(input, mutation.Where, mutation.What),
            MutationKind.DeleteBytes => input.Length == 0 ? input : [.. input.Take(mutation.Where % input.Length), .. input.Skip((mutation.Where % input.Length) + 1 + (mutation.What % 8))],
            MutationKind.Truncate => input.Length == 0 ? input : input[..(mutation.Where % input.Length)],
            _ => Join(ApplyToLines(Split(input), mutation)),
        };
    }

    private static byte[] Insert(byte[] input, int where, int what)
    {
        var at = where % (input.Length + 1);
        // Mostly a meaningful byte, sometimes any byte, sometimes a whole value.
        byte[] inserted = (what % 3) switch
        {
            0 => [Bytes[what % Bytes.Length]],
            1 => [(byte)what],
            _ => Encoding.UTF8.GetBytes(Values[what % Values.Length]),
        };
        return [.. input.AsSpan(0, at), .. inserted, .. input.AsSpan(at)];
    }

    private static List<byte[]> ApplyToLines(List<byte[]> lines, Mutation m)
    {
        var n = lines.Count;
        var i = m.Where % n;
        switch (m.Kind)
        {
            case MutationKind.DropLine:
                lines.RemoveAt(i);
                break;
            case MutationKind.DuplicateLine:
                lines.Insert(i, lines[i]);
                break;
            case MutationKind.RepeatLine:
                lines.InsertRange(i, Enumerable.Repeat(lines[i], 1 + (m.What % 100 * 10)));
                break;
            case MutationKind.SwapLines when i + 1 < n:
                (lines[i], lines[i + 1]) = (lines[i + 1], lines[i]);
                break;
            case MutationKind.Reindent:
                lines[i] = (m.What % 4) switch
                {
                    0 => [(byte)' ', .. lines[i]],
                    1 => lines[i] is [(byte)' ', .. var rest] ? rest : lines[i],
                    2 => lines[i] is [(byte)' ', .. var after] ? [(byte)'\t', .. after] : [(byte)'\t', .. lines[i]],
                    _ => [(byte)' ', (byte)' ', (byte)' ', .. lines[i]],
                };
                break;
            case MutationKind.MisspellKey:
                Change(lines, i, KeySpan, (line, start, length) => Misspell(line, start, length, m.What));
                break;
            case MutationKind.ChangeNumber:
                Change(lines, i, NumberSpan, (line, start, length) =>
                    [.. line.AsSpan(0, start), .. Encoding.UTF8.GetBytes(Values[m.What % Values.Length]), .. line.AsSpan(start + length)]);
                break;
            case MutationKind.ShortenRow:
                Change(lines, i, LastRowItem, (line, start, length) => [.. line.AsSpan(0, start), .. line.AsSpan(start + length)]);
                break;
            case MutationKind.LengthenRow:
                Change(lines, i, RowEnd, (line, start, _) => [.. line.AsSpan(0, start), .. ", 0"u8, .. line.AsSpan(start)]);
                break;
        }

        return lines.Count == 0 ? [[]] : lines;
    }

    /// <summary>Changes the first line from <paramref name="from"/> on (wrapping round) that has the part to change.</summary>
    private static void Change(List<byte[]> lines, int from, Func<byte[], (int Start, int Length)?> find, Func<byte[], int, int, byte[]> change)
    {
        for (var k = 0; k < lines.Count; k++)
        {
            var i = (from + k) % lines.Count;
            if (find(lines[i]) is { } span)
            {
                lines[i] = change(lines[i], span.Start, span.Length);
                return;
            }
        }
    }

    /// <summary>The key of a "key: value" line: after the indentation and any "- ", up to the colon.</summary>
    private static (int, int)? KeySpan(byte[] line)
    {
        var start = 0;
        while (start < line.Length && line[start] is (byte)' ' or (byte)'-')
        {
            start++;
        }

        var colon = Array.IndexOf(line, (byte)':', start);
        return colon > start ? (start, colon - start) : null;
    }

    private static byte[] Misspell(byte[] line, int start, int length, int what)
    {
        var at = start + (what % length);
        return (what % 3) switch
        {
            0 => [.. line.AsSpan(0, at), (byte)'x', .. line.AsSpan(at + 1)],
            1 => [.. line.AsSpan(0, at), .. line.AsSpan(at + 1)],
            _ when at + 1 < start + length => [.. line.AsSpan(0, at), line[at + 1], line[at], .. line.AsSpan(at + 2)],
            _ => [.. line.AsSpan(0, at), (byte)'_', .. line.AsSpan(at)],
        };
    }

    /// <summary>The first run of digits after the line's colon (a count, a year, a fee).</summary>
    private static (int, int)? NumberSpan(byte[] line)
    {
        var colon = Array.IndexOf(line, (byte)':');
        for (var i = colon + 1; i < line.Length; i++)
        {
            if (char.IsAsciiDigit((char)line[i]))
            {
                var end = i;
                while (end < line.Length && (char.IsAsciiDigit((char)line[end]) || line[end] == (byte)'.'))
                {
                    end++;
                }

                return (i, end - i);
            }
        }

        return null;
    }

    /// <summary>", n" before the closing bracket of a flow row.</summary>
    private static (int, int)? LastRowItem(byte[] line)
    {
        var close = Array.LastIndexOf(line, (byte)']');
        var comma = close > 0 ? Array.LastIndexOf(line, (byte)',', close) : -1;
        return comma >= 0 ? (comma, close - comma) : null;
    }

    private static (int, int)? RowEnd(byte[] line)
    {
        var close = Array.LastIndexOf(line, (byte)']');
        return close > 0 && Array.IndexOf(line, (byte)'[') >= 0 ? (close, 0) : null;
    }

    private static List<byte[]> Split(byte[] input)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i <= input.Length; i++)
        {
            if (i == input.Length || input[i] == (byte)'\n')
            {
                lines.Add(input[start..i]);
                start = i + 1;
            }
        }

        return lines;
    }

    private static byte[] Join(List<byte[]> lines) => [.. lines.SelectMany((l, i) => i == 0 ? l : [(byte)'\n', .. l])];
}

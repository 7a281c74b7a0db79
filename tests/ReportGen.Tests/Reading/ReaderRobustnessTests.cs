using System.Text;
using CsCheck;
using ReportGen.Core.Reading;
using ReportGen.Core.Validation;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Reading;

/// <summary>
/// Whatever a clerk's editor or a script produces, the reader and the rules either accept it or explain what
/// is wrong: they never crash (a crash is a stack trace for a user's mistake).
/// </summary>
public class ReaderRobustnessTests
{
    /// <summary>What YAML syntax is made of, and what clerks type.</summary>
    private const string Alphabet = "[]{}:,-?&*!|>#'\"\t\n \\%@`0123459.e~xy中文（一）、。\u3000";

    private static readonly ValidationOptions Options = new() { Today = new DateOnly(2024, 6, 1) };

    [Fact]
    public void Any_edit_of_a_valid_file_is_read_or_refused_never_crashes()
    {
        var sample = Yaml.SampleText;
        var edit = Gen.Select(Gen.Int[0, sample.Length], Gen.Int[0, 8], Gen.String[Gen.Char[Alphabet], 0, 6]);
        edit.Array[1, 6].Sample(edits =>
        {
            var text = sample;
            foreach (var (at, delete, insert) in edits)
            {
                var start = Math.Min(at, text.Length);
                text = text.Remove(start, Math.Min(delete, text.Length - start)).Insert(start, insert);
            }

            ReadsWithoutCrashing(Encoding.UTF8.GetBytes(text));
        }, iter: 1000);
    }

    [Fact]
    public void Any_bytes_are_read_or_refused_never_crash() =>
        Gen.Byte.Array[0, 200].Sample(ReadsWithoutCrashing, iter: 2000);

    [Fact]
    public void Any_short_text_of_YAML_characters_is_read_or_refused_never_crashes() =>
        Gen.String[Gen.Char[Alphabet], 0, 60].Sample(text => ReadsWithoutCrashing(Encoding.UTF8.GetBytes(text)), iter: 3000);

    private static void ReadsWithoutCrashing(byte[] bytes)
    {
        var read = ReportReader.Read("fuzz.yaml", bytes);
        var found = ReportValidator.Validate(read, null, Options);
        Assert.All(found, d => Assert.True(d.Line >= 0 && d.Column >= 0 && d.Message.Length > 0));
        Assert.True(read.Report is not null || found.Any(d => d.IsError), "a file that gives no report must say why");
    }
}

using CsCheck;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Format;
using ReportGen.Core.Reading;
using ReportGen.Core.Validation;
using ReportGen.Tests.Hostile;

namespace ReportGen.Tests.Properties;

/// <summary>Properties of reading and validating, over generated valid files and random mutations of them.</summary>
public class ReaderProperties
{
    private static readonly ValidationOptions Options = new() { Today = new DateOnly(2024, 1, 15) };
    private static readonly RequestTableSpec Requests = FormatCatalog.RequestTable;

    private static IReadOnlyList<Diagnostic> Validate(byte[] bytes) =>
        ReportValidator.Validate(ReportReader.Read("generated.yaml", bytes), null, Options);

    [Fact]
    public void A_generated_valid_file_has_no_errors_and_reads_back_its_numbers_and_text()
    {
        ValidReports.Report.Sample(generated =>
        {
            var bytes = generated.ToBytes();
            var read = ReportReader.Read("generated.yaml", bytes);
            var findings = ReportValidator.Validate(read, null, Options);

            Assert.Empty(findings.Where(d => d.IsError).Select(d => $"{d.RuleId} {d.Line}:{d.Column} {d.Message}"));
            Assert.Empty(FindingInvariants.Violations(bytes, findings));
            var report = read.Report!;
            Assert.Equal((generated.Agency, generated.Year), (report.Agency, report.Year));
            foreach (var row in Requests.Rows)
            {
                foreach (var column in Requests.Applicants)
                {
                    Assert.Equal(generated.Requests[column.Index][row.Index], report.Requests.Value(row.Index, column.Index));
                }
            }

            foreach (var row in FormatCatalog.ReviewTable.Rows)
            {
                Assert.Equal(generated.Reviews[row.Index], Enumerable.Range(0, ReviewTableSpec.OutcomeCount).Select(c => report.Reviews.Value(row.Index, c)));
            }

            Assert.Equal(generated.Fee, report.Proactive.Fees.Text);
            Assert.Equal(generated.Decisions, new[] { report.Proactive.Licensing, report.Proactive.Penalty, report.Proactive.Coercion });
            Assert.Equal(
                generated.Overview.Sections.Select(s => (s.Heading, string.Join("\n", s.Paragraphs))),
                report.Overview.Select(s => (s.Heading, string.Join("\n", s.Paragraphs))));
        }, iter: 300);
    }

    private static readonly Gen<Mutation> AnyMutation =
        Gen.Select(Gen.Enum<MutationKind>(), Gen.Int[0, 1_000_000], Gen.Int[0, 1_000])
            .Select(t => new Mutation(t.Item1, t.Item2, t.Item3));

    [Fact]
    public void A_mutated_valid_file_gives_well_formed_findings_and_never_an_exception()
    {
        Gen.Select(ValidReports.Report, AnyMutation.Array[1, 6]).Sample((generated, mutations) =>
        {
            var bytes = Mutator.Apply(generated.ToBytes(), mutations);

            var findings = Validate(bytes);

            Assert.Empty(FindingInvariants.Violations(bytes, findings));
        }, iter: 1_000);
    }

    [Fact]
    public void A_mutated_sample_gives_well_formed_findings_and_never_an_exception()
    {
        var sample = File.ReadAllBytes(Support.Repository.Sample);
        AnyMutation.Array[1, 10].Sample(mutations =>
        {
            var bytes = Mutator.Apply(sample, mutations);

            var findings = Validate(bytes);

            Assert.Empty(FindingInvariants.Violations(bytes, findings));
        }, iter: 500);
    }

    [Fact]
    public void A_nul_byte_anywhere_in_a_valid_file_is_one_error_at_its_place()
    {
        Gen.Select(ValidReports.Report, Gen.Int[0, 1_000_000]).Sample((generated, where) =>
        {
            var text = generated.ToYaml();
            var at = where % (text.Length + 1);
            var bytes = System.Text.Encoding.UTF8.GetBytes(text.Insert(at, "\0"));
            var (line, column) = HostileCorpus.Locate(text.Insert(at, "\0"), "\0");

            var d = Assert.Single(Validate(bytes));

            Assert.Equal(("RG001", line, column), (d.RuleId, d.Line, d.Column));
        }, iter: 200);
    }

    [Fact]
    public void A_duplicated_top_level_line_is_a_duplicate_key_at_the_copy()
    {
        Gen.Select(ValidReports.Report, Gen.Int[0, 1_000]).Sample((generated, which) =>
        {
            var text = generated.ToYaml();
            var lines = text.Split('\n').ToList();
            var topLevel = lines.Select((l, i) => (l, i)).Where(x => x.l.StartsWith("year:", StringComparison.Ordinal) || x.l.StartsWith("agency:", StringComparison.Ordinal)).ToList();
            var (line, index) = topLevel[which % topLevel.Count];
            lines.Insert(index + 1, line);

            var findings = Validate(System.Text.Encoding.UTF8.GetBytes(string.Join('\n', lines)));

            var d = Assert.Single(findings, f => f.IsError);
            Assert.Equal(("RG003", index + 2, 1), (d.RuleId, d.Line, d.Column));
        }, iter: 100);
    }
}

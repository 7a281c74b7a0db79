namespace ReportGen.Tests.Support;

/// <summary>Paths inside the checkout, found from the test assembly's location (no machine paths).</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples");

    public static string Sample => Path.Combine(Samples, "2023.yaml");

    public static string Invalid => Path.Combine(Samples, "invalid");

    /// <summary>The seed report's text as published (samples/published/README.md): the report samples/2023.yaml holds as data.</summary>
    public static string PublishedSeedText => Path.Combine(Samples, "published", "2023.txt");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ReportGen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ReportGen.sln not found above " + AppContext.BaseDirectory);
    }
}

namespace ReportGen.Core.Rendering;

/// <summary>
/// The fonts of the report by role (docs/typesetting.md). Defaults are what government PCs have; machines without
/// them override by role (CLI: <c>--font body=FangSong</c>).
/// </summary>
public sealed record FontSet
{
    public string Title { get; init; } = "方正小标宋简体";
    public string Body { get; init; } = "仿宋_GB2312";
    public string Heading { get; init; } = "黑体";
    public string SubHeading { get; init; } = "楷体_GB2312";
    public string PageNumber { get; init; } = "宋体";

    public static FontSet Default { get; } = new();

    /// <summary>The role names accepted by <see cref="With"/>.</summary>
    public static IReadOnlyList<string> Roles { get; } = ["title", "body", "heading", "subheading", "page-number"];

    /// <summary>This set with one role's font replaced; null if the role is unknown.</summary>
    public FontSet? With(string role, string font) => role switch
    {
        "title" => this with { Title = font },
        "body" => this with { Body = font },
        "heading" => this with { Heading = font },
        "subheading" => this with { SubHeading = font },
        "page-number" => this with { PageNumber = font },
        _ => null,
    };
}

using Microsoft.Extensions.Time.Testing;

namespace ReportGen.Tests.Support;

/// <summary>Clocks stopped at one moment, so that "last year", deadlines and elapsed times are fixed in tests.</summary>
public static class Clocks
{
    /// <summary>09:00 UTC on the day, in a UTC local time zone.</summary>
    public static FakeTimeProvider At(int year, int month, int day) =>
        new(new DateTimeOffset(year, month, day, 9, 0, 0, TimeSpan.Zero));

    /// <summary>The moment in a clerk's own time zone (China, UTC+8).</summary>
    public static FakeTimeProvider InChina(DateTimeOffset now)
    {
        var clock = new FakeTimeProvider(now);
        clock.SetLocalTimeZone(TimeZoneInfo.CreateCustomTimeZone("UTC+8", TimeSpan.FromHours(8), "UTC+8", "UTC+8"));
        return clock;
    }
}

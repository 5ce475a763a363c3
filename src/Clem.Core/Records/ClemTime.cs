using System.Globalization;

namespace Clem.Core.Records;

/// <summary>Python's datetime/timedelta text forms, as they appear in clembench records.</summary>
public static class ClemTime
{
    /// <summary><c>datetime.isoformat()</c>: 2024-09-02T15:36:40.367461 (local time, microseconds).</summary>
    public static string Iso(DateTimeOffset t) => t.LocalDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff", CultureInfo.InvariantCulture);

    /// <summary><c>str(datetime)</c>: 2024-09-02 15:36:38.757756.</summary>
    public static string Str(DateTimeOffset t) => t.LocalDateTime.ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture);

    /// <summary><c>str(timedelta)</c>: 0:00:01.317981 (hours not zero-padded; days prefixed).</summary>
    public static string Duration(TimeSpan d)
    {
        var days = d.Days;
        var text = $"{(int)d.Hours}:{d.Minutes:00}:{d.Seconds:00}";
        var micros = (d.Ticks % TimeSpan.TicksPerSecond) / 10;
        if (micros != 0) text += "." + micros.ToString("000000", CultureInfo.InvariantCulture);
        return days != 0 ? $"{days} day{(Math.Abs(days) == 1 ? "" : "s")}, {text}" : text;
    }
}

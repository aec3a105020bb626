using System.Globalization;

namespace Pairguard.Configuration;

/// <summary>Parses sizes such as <c>500000</c>, <c>512k</c>, <c>2MB</c>, <c>1.5 MiB</c> into bytes.</summary>
public static class SizeParser
{
    /// <summary>Parses a size; false when the text is not a positive size.</summary>
    public static bool TryParse(string? text, out long bytes)
    {
        bytes = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var t = text.Trim().ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal);
        long multiplier = 1;
        string[] suffixes = ["kib", "kb", "k", "mib", "mb", "m", "gib", "gb", "g", "b"];
        foreach (var s in suffixes)
        {
            if (t.EndsWith(s, StringComparison.Ordinal))
            {
                multiplier = s[0] switch { 'k' => 1024, 'm' => 1024 * 1024, 'g' => 1024L * 1024 * 1024, _ => 1 };
                t = t[..^s.Length];
                break;
            }
        }

        if (!double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value <= 0 || double.IsInfinity(value))
        {
            return false;
        }

        var result = value * multiplier;
        if (result > long.MaxValue / 2)
        {
            return false;
        }

        bytes = (long)result;
        return bytes > 0;
    }
}

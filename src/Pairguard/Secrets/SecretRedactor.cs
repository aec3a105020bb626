using Pairguard.Scanning;

namespace Pairguard.Secrets;

/// <summary>Library-wide redaction: any text about to be shown (excerpts of other analyzers' findings) loses the secrets it holds.</summary>
public static class SecretRedactor
{
    /// <summary>The line with every secret the built-in detectors recognise replaced by its masked form.</summary>
    public static string Redact(string line) => Redact(line, null);

    /// <summary>Redacts a text, optionally using the detectors limited to a language as well.</summary>
    public static string Redact(string text, string? language)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var matches = SecretEngine.Default.Find(text, language);
        if (matches.Count == 0)
        {
            return text;
        }

        var sb = new System.Text.StringBuilder(text.Length);
        var pos = 0;
        foreach (var m in matches)
        {
            if (m.Start < pos)
            {
                continue;
            }

            sb.Append(text, pos, m.Start - pos).Append(m.Masked);
            pos = m.End;
        }

        return sb.Append(text, pos, text.Length - pos).ToString();
    }
}

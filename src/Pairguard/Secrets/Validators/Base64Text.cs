namespace Pairguard.Secrets.Validators;

/// <summary>Lenient base64 / base64url decoding for validators (padding optional, whitespace ignored).</summary>
public static class Base64Text
{
    /// <summary>Decodes standard or URL-safe base64; null when the text is not base64.</summary>
    public static byte[]? Decode(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length + 3);
        foreach (var c in text)
        {
            switch (c)
            {
                case '-': sb.Append('+'); break;
                case '_': sb.Append('/'); break;
                case ' ' or '\t' or '\r' or '\n': break;
                default: sb.Append(c); break;
            }
        }

        var trimmed = sb.ToString().TrimEnd('=');
        if (trimmed.Length % 4 == 1)
        {
            return null;
        }

        var padded = trimmed + new string('=', (4 - (trimmed.Length % 4)) % 4);
        var buffer = new byte[padded.Length * 3 / 4];
        return Convert.TryFromBase64String(padded, buffer, out var written) ? buffer[..written] : null;
    }
}

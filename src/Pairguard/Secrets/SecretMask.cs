namespace Pairguard.Secrets;

/// <summary>The display form of a secret: a short prefix and the length, e.g. <c>sk-a…(51 chars)</c>.</summary>
public static class SecretMask
{
    /// <summary>Masks a secret, showing at most <paramref name="reveal"/> leading characters and never more than a third of it.</summary>
    public static string Mask(string secret, int reveal = 4)
    {
        var shown = Math.Min(Math.Max(0, reveal), secret.Length / 3);

        // A multi-line secret (a key block) shows at most its first line, never its body.
        var stop = secret.AsSpan(0, shown).IndexOfAny('\n', '\r', '\\');
        if (stop >= 0)
        {
            shown = stop;
        }
        return secret[..shown] + "…(" + secret.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + " chars)";
    }
}

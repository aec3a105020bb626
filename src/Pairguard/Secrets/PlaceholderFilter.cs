namespace Pairguard.Secrets;

/// <summary>Recognises values that only stand in for a secret: <c>changeme</c>, <c>xxx…</c>, <c>your_api_key</c>, <c>&lt;token&gt;</c>, <c>${VAR}</c>, runs and sequences.</summary>
public static class PlaceholderFilter
{
    private static readonly string[] Words =
    [
        "changeme", "change_me", "change-me", "example", "dummy", "placeholder", "your_", "your-", "yourapi", "yourkey", "yoursecret", "yourtoken",
        "<your", "redacted", "replace_me", "replaceme", "insert_", "insert-", "fake", "sample", "xxxx", "****", "••", "…", "...",
        "foobar", "lorem", "notreal", "not_real", "not-a-real", "todo", "fixme", "secret_here", "key_here", "token_here", "here_",
        "test", "mock", "demo", "invalid",
    ];

    private static readonly HashSet<string> Exact = new(StringComparer.OrdinalIgnoreCase)
    {
        "password", "passwd", "pass", "pwd", "secret", "token", "apikey", "api_key", "api-key", "key", "null", "none", "nil", "undefined",
        "true", "false", "admin", "root", "user", "username", "string", "str", "value", "default", "empty", "required", "optional",
        "hunter2", "letmein", "qwerty", "abc123", "s3cr3t", "p@ssw0rd", "passw0rd", "secret123", "mysecret", "mypassword", "supersecret",
    };

    /// <summary>True when the value is a placeholder rather than a real secret; <paramref name="prefix"/> (a known token prefix) is ignored.</summary>
    public static bool IsPlaceholder(string value, string? prefix = null)
    {
        var body = prefix is { Length: > 0 } && value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? value[prefix.Length..] : value;
        if (body.Length == 0)
        {
            return true;
        }

        if (Exact.Contains(body) || Exact.Contains(value))
        {
            return true;
        }

        foreach (var w in Words)
        {
            if (body.Contains(w, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        if (IsTemplate(body))
        {
            return true;
        }

        return IsRunOrSequence(body);
    }

    /// <summary>True for interpolations and templates: <c>${X}</c>, <c>$X</c>, <c>{{ x }}</c>, <c>&lt;x&gt;</c>, <c>%(x)s</c>, <c>%s</c>, <c>{x}</c>.</summary>
    public static bool IsTemplate(string value)
    {
        var v = value.Trim();
        if (v.StartsWith('$') || v.Contains("${", StringComparison.Ordinal) || v.Contains("{{", StringComparison.Ordinal) || v.Contains("}}", StringComparison.Ordinal))
        {
            return true;
        }

        if ((v.StartsWith('<') && v.EndsWith('>')) || (v.StartsWith('{') && v.EndsWith('}')) || (v.StartsWith('[') && v.EndsWith(']')))
        {
            return true;
        }

        if (v.Contains("%(", StringComparison.Ordinal) || v == "%s" || v.StartsWith("%env(", StringComparison.OrdinalIgnoreCase) || v.Contains("#{", StringComparison.Ordinal))
        {
            return true;
        }

        return false;
    }

    /// <summary>True when the characters are all the same, or mostly one ascending/descending run (<c>123456</c>, <c>abcdef</c>).</summary>
    public static bool IsRunOrSequence(string value)
    {
        if (value.Length < 2)
        {
            return true;
        }

        var distinct = new HashSet<char>(value);
        if (distinct.Count <= 2 && value.Length >= 6)
        {
            return true;
        }

        var steps = 0;
        for (var i = 1; i < value.Length; i++)
        {
            var d = value[i] - value[i - 1];
            if (d is 1 or -1 or 0)
            {
                steps++;
            }
        }

        return steps >= (value.Length - 1) * 0.8;
    }
}

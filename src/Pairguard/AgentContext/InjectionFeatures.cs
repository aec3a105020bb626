using System.Text;

namespace Pairguard.AgentContext;

/// <summary>Cuts a passage into sentences and turns a sentence into the word features the injection model weighs.</summary>
/// <remarks>
/// Features: lower-cased words (<c>w:</c>), adjacent word pairs (<c>b:</c>), the first word and first pair (<c>f:</c>, <c>fb:</c>),
/// how the sentence ends (<c>end:?</c>, <c>end:!</c>, <c>end::</c>), and, with the document's words, how well the sentence fits the
/// document (<c>ctx:</c>), alone and together with the first word (<c>cf:</c>) and the ending (<c>ce:</c>), and whether it holds inline code (<c>has:inline-code</c>). Each feature counts once; the vector is scaled to unit length
/// so that long sentences do not outweigh short ones. The training program in <c>bench/accuracy/agent-model</c> uses this class too.
/// </remarks>
public static class InjectionFeatures
{
    /// <summary>Longest sentence judged, in characters (the rest of a longer run is cut into further sentences).</summary>
    public const int MaxSentence = 600;

    /// <summary>Fewest words a sentence needs to be scored ("Uh, what?" is not).</summary>
    public const int MinWords = 4;

    /// <summary>The units the model scores in a passage: a code block with its English introduction as one unit, otherwise the sentences
    /// of at least <see cref="MinWords"/> words with at least one English function word, leaving out Markdown headings and table rows.</summary>
    public static List<string> Units(TextSegment segment)
    {
        if (segment.Detail == InjectionAssessor.IntroducedCode)
        {
            var introduction = segment.Text.Split('\n', 2)[0];
            return IsEnglish(introduction, Words(introduction)) ? [segment.Text] : [];
        }

        return Sentences(segment.Text)
            .Where(s => !IsLinkOnly(s) && Words(s) is var w && w.Count >= MinWords && IsEnglish(s, w))
            .ToList();
    }

    /// <summary>A Markdown link or image standing alone, inline or by reference, maybe in bold (a table-of-contents entry, a badge, a
    /// picture): navigation, not prose.</summary>
    private static readonly System.Text.RegularExpressions.Regex LinkOnly = new(
        @"^([-*+]\s+|\d+\.\s+)?(\*\*|__)?!?\[[^\]\n]*\](\([^)\s]*\)|\[[^\]\n]*\])(\*\*|__)?[.:;,]?$",
        System.Text.RegularExpressions.RegexOptions.NonBacktracking | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static bool IsLinkOnly(string sentence) => LinkOnly.IsMatch(sentence.Trim());

    /// <summary>Function words of which an English sentence has at least one: the model is trained on English text only.</summary>
    private static readonly HashSet<string> EnglishFunctionWords = new(StringComparer.Ordinal)
    {
        "the", "to", "of", "and", "is", "are", "you", "your", "for", "with", "this", "that", "it", "what", "how", "can", "please", "me",
        "my", "be", "do", "does", "an", "on", "from", "at", "will", "would", "should", "who", "which", "i", "we", "our", "all", "any",
    };

    /// <summary>Whether a sentence is English, the only language the model is trained on: an English function word, and
    /// (nearly) all of its letters Latin, so that a translation quoting a few English words is not scored.</summary>
    private static bool IsEnglish(string sentence, List<string> words)
    {
        if (!words.Any(EnglishFunctionWords.Contains))
        {
            return false;
        }

        int letters = 0, latin = 0;
        foreach (var c in sentence)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (c < '\u0250')
                {
                    latin++;
                }
            }
        }

        return latin >= 0.9 * letters;
    }

    /// <summary>The sentences of a passage. A hard-wrapped paragraph is read as one text; a blank line, a list item, a quote, a line
    /// ending with a colon and a sentence end followed by white space close a sentence; Markdown headings and table rows (a line that
    /// starts or ends with <c>|</c>) are left out.</summary>
    public static List<string> Sentences(string text)
    {
        var result = new List<string>();
        var current = new StringBuilder();
        void Flush()
        {
            var s = current.ToString().Trim();
            if (s.Any(char.IsLetter))
            {
                result.Add(s);
            }

            current.Clear();
        }

        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] is '#' or '|' || line[^1] == '|')
            {
                Flush();
                continue;
            }

            if (line[0] is '-' or '*' or '+' or '>' || (char.IsDigit(line[0]) && line.TrimStart("0123456789".ToCharArray()).StartsWith(". ", StringComparison.Ordinal)))
            {
                Flush();
            }

            if (current.Length > 0)
            {
                current.Append(' ');
            }

            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                current.Append(c);
                var atEnd = c is ('.' or '?' or '!') && (i + 1 == line.Length || char.IsWhiteSpace(line[i + 1])) && HasLetter(current);
                if (atEnd || current.Length >= MaxSentence)
                {
                    Flush();
                }
            }

            if (line.EndsWith(':'))
            {
                Flush();
            }
        }

        Flush();
        return result;
    }

    private static bool HasLetter(StringBuilder text)
    {
        foreach (var chunk in text.GetChunks())
        {
            foreach (var c in chunk.Span)
            {
                if (char.IsLetter(c))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The distinct features of one sentence; with the document's words, also how well the sentence fits the document.</summary>
    public static HashSet<string> Extract(string sentence, DocumentWords? document = null) => Extract(sentence, Words(sentence), document);

    /// <summary>The distinct features of one sentence whose <see cref="Words"/> are already known.</summary>
    public static HashSet<string> Extract(string sentence, List<string> words, DocumentWords? document)
    {
        var features = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < words.Count; i++)
        {
            features.Add("w:" + words[i]);
            if (i + 1 < words.Count)
            {
                features.Add("b:" + words[i] + " " + words[i + 1]);
            }
        }

        if (words.Count > 0)
        {
            features.Add("f:" + words[0]);
            if (words.Count > 1)
            {
                features.Add("fb:" + words[0] + " " + words[1]);
            }
        }

        var fit = document?.Feature(sentence);
        if (fit is not null)
        {
            features.Add(fit);
            if (words.Count > 0)
            {
                features.Add("cf:" + fit[4..] + " " + words[0]);
            }
        }

        // Inline code (`npm install`, `config.yml`) marks text written for developers; the model learns how much that counts.
        if (sentence.Contains('`', StringComparison.Ordinal) && !sentence.Contains("```", StringComparison.Ordinal))
        {
            features.Add("has:inline-code");
        }

        var last = sentence.TrimEnd().LastOrDefault();
        if (last is '?' or '!' or ':')
        {
            features.Add("end:" + last);
            if (fit is not null)
            {
                features.Add("ce:" + fit[4..] + " " + last);
            }
        }

        return features;
    }

    /// <summary>URLs and domain names: each becomes the one word <c>url</c>, so no host name is ever a feature.</summary>
    private static readonly System.Text.RegularExpressions.Regex Addresses = new(
        @"(https?|ftp)://[^\s)>\]""'`]*|\bwww\.[^\s)>\]""'`]*|\b[a-z0-9-]+(\.[a-z0-9-]+)*\.(com|org|net|io|dev|co|ai|app|gov|edu|xyz|info)\b[^\s)>\]""'`]*",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.NonBacktracking | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>Lower-cased words of letters and digits (an apostrophe inside a word is kept: <c>don't</c>); a URL or domain name is the word <c>url</c>.</summary>
    public static List<string> Words(string text)
    {
        text = Addresses.Replace(text, " url ");
        var words = new List<string>();
        var sb = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || (c == '\'' && sb.Length > 0 && i + 1 < text.Length && char.IsLetter(text[i + 1])))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (sb.Length > 0)
            {
                words.Add(sb.ToString());
                sb.Clear();
            }
        }

        if (sb.Length > 0)
        {
            words.Add(sb.ToString());
        }

        return words;
    }

    /// <summary>A feature as a reader would quote it: <c>b:your response</c> → <c>"your response"</c>, <c>end:?</c> → <c>ends with ?</c>.</summary>
    public static string Describe(string feature)
    {
        var colon = feature.IndexOf(':');
        var kind = feature[..colon];
        var value = feature[(colon + 1)..];
        return kind switch
        {
            "f" or "fb" => $"starts \"{value}\"",
            "end" => $"ends with {value}",
            "ctx" => Fit(value),
            "has" => $"has {value}",
            "cf" => $"starts \"{value[(value.IndexOf(' ') + 1)..]}\" and {Fit(value[..value.IndexOf(' ')])}",
            "ce" => $"ends with {value[(value.IndexOf(' ') + 1)..]} and {Fit(value[..value.IndexOf(' ')])}",
            _ => $"\"{value}\"",
        };
    }

    private static string Fit(string level) => level switch
    {
        "0" => "shares no word with the rest of the document",
        "low" => "shares few words with the rest of the document",
        "mid" => "shares some words with the rest of the document",
        "high" => "shares most words with the rest of the document",
        _ => $"context {level}",
    };
}

using System.Globalization;
using System.Text;

namespace Pairguard.AgentContext;

/// <summary>A word that mixes Latin letters with look-alike letters of another script.</summary>
/// <param name="Start">Offset of the word in the text.</param>
/// <param name="Word">The word as written.</param>
/// <param name="Skeleton">The word with every look-alike replaced by the Latin letter it imitates.</param>
/// <param name="Explanation">Which characters are foreign, e.g. <c>U+0430 CYRILLIC SMALL LETTER A looks like 'a'</c>.</param>
/// <param name="Interleaved">True when a look-alike sits between or before Latin letters (a disguise), false for a trailing foreign suffix.</param>
public sealed record ConfusableWord(int Start, string Word, string Skeleton, string Explanation, bool Interleaved);

/// <summary>Finds mixed-script words (identifiers, host names, package names) built from look-alike letters of Cyrillic, Greek or Armenian.</summary>
public static class Confusables
{
    private static readonly Lazy<Dictionary<char, (char Latin, string Name)>> Table = new(Load);

    /// <summary>Number of look-alike letters in the data file.</summary>
    public static int Count => Table.Value.Count;

    /// <summary>Every word of the text that mixes at least two Latin letters with at least one look-alike from another script.</summary>
    public static IEnumerable<ConfusableWord> Find(string text, CancellationToken cancellationToken = default)
    {
        var table = Table.Value;
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var latin = 0;
            var foreign = 0;
            var other = 0;
            while (i < text.Length && IsWordChar(text[i]))
            {
                var c = text[i];
                if (table.ContainsKey(c))
                {
                    foreign++;
                }
                else if (IsLatinLetter(c))
                {
                    latin++;
                }
                else if (char.IsLetter(c))
                {
                    other++;
                }

                i++;
            }

            if ((start & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (foreign > 0 && latin >= 2 && other == 0)
            {
                var word = text[start..i];
                var skeleton = new StringBuilder(word.Length);
                var notes = new List<string>();
                foreach (var c in word)
                {
                    if (table.TryGetValue(c, out var t))
                    {
                        skeleton.Append(t.Latin);
                        if (notes.Count < 4)
                        {
                            notes.Add($"U+{(int)c:X4} {t.Name} looks like '{t.Latin}'");
                        }
                    }
                    else
                    {
                        skeleton.Append(c);
                    }
                }

                yield return new ConfusableWord(start, word, skeleton.ToString(), string.Join("; ", notes.Distinct()), IsDisguise(word, table));
            }
        }
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_' || char.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    /// <summary>
    /// True when a look-alike sits between Latin letters or starts a Latin word ("pаypal", "Сlaude"); a Latin stem with a foreign
    /// inflection ("Pythonу", common in Slavic text) switches script once at the end and is not a disguise.
    /// </summary>
    private static bool IsDisguise(string word, Dictionary<char, (char Latin, string Name)> table)
    {
        for (var i = 0; i < word.Length; i++)
        {
            if (!table.ContainsKey(word[i]))
            {
                continue;
            }

            var latinBefore = word[..i].Any(IsLatinLetter);
            var latinAfter = word[(i + 1)..].Any(IsLatinLetter);
            if (latinAfter && (latinBefore || i == 0 || !word[..i].Any(char.IsLetter)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLatinLetter(char c) => c < 0x250 && char.IsLetter(c);

    private static Dictionary<char, (char, string)> Load()
    {
        var map = new Dictionary<char, (char, string)>();
        foreach (var raw in InjectionSignals.ReadResource("Pairguard.AgentContext.Data.confusables.txt").Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split('\t');
            map[(char)int.Parse(parts[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture)] = (parts[1][0], parts[2]);
        }

        return map;
    }
}

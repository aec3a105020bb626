using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text;

namespace Pairguard.Cli;

/// <summary>One requested report: a format and where it goes (a file, or standard output when <see cref="Path"/> is null).</summary>
public sealed record OutputTarget(string Format, string? Path)
{
    /// <summary>Formats <c>--format</c> accepts.</summary>
    public static readonly string[] Formats = ["text", "json", "sarif"];

    /// <summary>
    /// Pairs each <c>--format</c> with the <c>--output</c> that follows it (before the next <c>--format</c>).
    /// No format means text on standard output; at most one report may go to standard output.
    /// </summary>
    public static IReadOnlyList<OutputTarget> FromTokens(IReadOnlyList<Token> tokens, Option formatOption, Option outputOption)
    {
        var formatNames = formatOption.Aliases.Append(formatOption.Name).ToHashSet(StringComparer.Ordinal);
        var outputNames = outputOption.Aliases.Append(outputOption.Name).ToHashSet(StringComparer.Ordinal);
        var result = new List<(string Format, string? Path)>();
        string? pendingOutput = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Type != TokenType.Option || i + 1 >= tokens.Count)
            {
                continue;
            }

            var value = tokens[i + 1].Value;
            if (formatNames.Contains(t.Value))
            {
                result.Add((value.ToLowerInvariant(), null));
                i++;
            }
            else if (outputNames.Contains(t.Value))
            {
                if (result.Count > 0 && result[^1].Path is null)
                {
                    result[^1] = (result[^1].Format, value);
                }
                else if (result.Count == 0 && pendingOutput is null)
                {
                    pendingOutput = value;
                }
                else
                {
                    throw new UsageException($"--output {value}: each --output must follow its own --format");
                }

                i++;
            }
        }

        if (pendingOutput is not null)
        {
            if (result.Count == 0)
            {
                result.Add(("text", pendingOutput));
            }
            else if (result[0].Path is null)
            {
                result[0] = (result[0].Format, pendingOutput);
            }
            else
            {
                throw new UsageException($"--output {pendingOutput}: each --output must follow its own --format");
            }
        }

        if (result.Count == 0)
        {
            result.Add(("text", null));
        }

        foreach (var (format, _) in result)
        {
            if (!Formats.Contains(format))
            {
                throw new UsageException($"--format: unknown format '{format}' (expected {string.Join(", ", Formats)})");
            }
        }

        if (result.Count(r => r.Path is null) > 1)
        {
            throw new UsageException("only one report can go to standard output: give the others an --output FILE");
        }

        var duplicates = result.Where(r => r.Path is not null).GroupBy(r => System.IO.Path.GetFullPath(r.Path!)).FirstOrDefault(g => g.Count() > 1);
        if (duplicates is not null)
        {
            throw new UsageException($"--output {duplicates.First().Path}: the same file is named for two reports");
        }

        return result.Select(r => new OutputTarget(r.Format, r.Path)).ToList();
    }

    /// <summary>Writes text to a file atomically (temporary file, then rename), creating the folder; UTF-8 without BOM.</summary>
    public static void WriteFile(string path, string content)
    {
        var full = System.IO.Path.GetFullPath(path);
        var dir = System.IO.Path.GetDirectoryName(full)!;
        try
        {
            Directory.CreateDirectory(dir);
            var temp = System.IO.Path.Combine(dir, $".{System.IO.Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
            File.WriteAllText(temp, content, new UTF8Encoding(false));
            File.Move(temp, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot write {path}: {e.Message}");
        }
    }
}

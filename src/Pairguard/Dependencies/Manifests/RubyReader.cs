using System.Text.RegularExpressions;

namespace Pairguard.Dependencies.Manifests;

/// <summary>Reads <c>Gemfile</c>/<c>gems.rb</c> (<c>gem</c> lines, git/path options) and <c>Gemfile.lock</c> (GEM specs).</summary>
public sealed partial class RubyReader : IManifestReader
{
    public bool CanRead(string fileName) => fileName is "Gemfile" or "gems.rb" or "Gemfile.lock" or "gems.locked";

    public void Read(ManifestContext context)
    {
        if (context.File.FileName is "Gemfile.lock" or "gems.locked")
        {
            ReadLock(context);
            return;
        }

        var lines = context.File.Text.Split('\n');
        var blockKinds = new Stack<string?>();
        for (var i = 0; i < lines.Length; i++)
        {
            var t = lines[i].Trim();
            if (t.StartsWith('#') || t.Length == 0)
            {
                continue;
            }

            if (t.EndsWith(" do", StringComparison.Ordinal) || t.Contains(" do |", StringComparison.Ordinal))
            {
                var group = GroupRegex().Match(t);
                blockKinds.Push(group.Success ? "group:" + group.Groups[1].Value : PathOrGitBlock().IsMatch(t) ? "local" : null);
                continue;
            }

            if (t == "end" && blockKinds.Count > 0)
            {
                blockKinds.Pop();
                continue;
            }

            var m = GemRegex().Match(t);
            if (!m.Success)
            {
                if (t.StartsWith("gem ", StringComparison.Ordinal) || t.StartsWith("gem(", StringComparison.Ordinal))
                {
                    context.Malformed(i + 1, $"cannot read gem line '{(t.Length > 60 ? t[..60] : t)}'");
                }

                continue;
            }

            if (blockKinds.Contains("local") || t.Contains("path:", StringComparison.Ordinal) || t.Contains(":path", StringComparison.Ordinal))
            {
                continue;
            }

            var version = VersionRegex().Match(m.Groups["rest"].Value);
            var unverifiable = t.Contains("git:", StringComparison.Ordinal) || t.Contains("github:", StringComparison.Ordinal) || t.Contains(":git", StringComparison.Ordinal)
                ? "installed from a git repository, not from the gem source"
                : null;
            context.Add(Ecosystems.RubyGems, m.Groups["name"].Value, version.Success ? version.Groups[1].Value : null, i + 1,
                kind: blockKinds.Count > 0 ? blockKinds.Peek() : null, unverifiable: unverifiable);
        }
    }

    private static void ReadLock(ManifestContext context)
    {
        var lines = context.File.Text.Split('\n');
        var section = "";
        var inSpecs = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var raw = lines[i].TrimEnd('\r');
            if (raw.Length == 0)
            {
                continue;
            }

            if (!char.IsWhiteSpace(raw[0]))
            {
                section = raw.Trim();
                inSpecs = false;
                continue;
            }

            if (raw.Trim() == "specs:")
            {
                inSpecs = true;
                continue;
            }

            var indent = raw.Length - raw.TrimStart().Length;
            if (!inSpecs || indent != 4)
            {
                continue;
            }

            var m = LockSpecRegex().Match(raw.Trim());
            if (!m.Success)
            {
                context.Malformed(i + 1, $"cannot read spec line '{raw.Trim()}'");
                continue;
            }

            if (section == "GEM")
            {
                context.Add(Ecosystems.RubyGems, m.Groups[1].Value, m.Groups[2].Value.Split('-')[0], i + 1, DependencyOrigin.Lockfile);
            }
            else if (section == "GIT")
            {
                context.Add(Ecosystems.RubyGems, m.Groups[1].Value, m.Groups[2].Value, i + 1, DependencyOrigin.Lockfile, unverifiable: "installed from a git repository, not from the gem source");
            }
        }
    }

    [GeneratedRegex("""^gem\s*\(?\s*["'](?<name>[A-Za-z0-9_.\-]+)["'](?<rest>.*)$""", RegexOptions.NonBacktracking)]
    private static partial Regex GemRegex();

    [GeneratedRegex("""^\s*,\s*["']([^"']+)["']""", RegexOptions.NonBacktracking)]
    private static partial Regex VersionRegex();

    [GeneratedRegex("""^group\s*\(?\s*:?["']?([A-Za-z0-9_]+)""", RegexOptions.NonBacktracking)]
    private static partial Regex GroupRegex();

    [GeneratedRegex("""^(path|git|github)\s*\(?\s*["'].*\bdo\s*$""", RegexOptions.NonBacktracking)]
    private static partial Regex PathOrGitBlock();

    [GeneratedRegex("""^([A-Za-z0-9_.\-]+) \(([^)]+)\)$""", RegexOptions.NonBacktracking)]
    private static partial Regex LockSpecRegex();
}

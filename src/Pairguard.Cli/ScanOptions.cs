using System.CommandLine;
using Pairguard.Configuration;
using Pairguard.Scanning;

namespace Pairguard.Cli;

/// <summary>The options shared by every command that runs a scan (scan, baseline create), and their translation into a <see cref="ScanRequest"/>.</summary>
public sealed class ScanOptions
{
    public Argument<string[]> Paths { get; } = new("paths")
    {
        Description = "Files or directories to scan (default: the current directory).",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public Option<string?> Config { get; } = new("--config", "-c")
    {
        Description = "Configuration file (default: .pairguard.yml at the scan root, if present).",
        HelpName = "FILE",
    };

    public Option<string[]> Include { get; } = new("--include")
    {
        Description = "Scan only files matching this glob (repeatable).",
        HelpName = "GLOB",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<string[]> Exclude { get; } = new("--exclude")
    {
        Description = "Skip files or directories matching this glob (repeatable).",
        HelpName = "GLOB",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<string?> MaxFileSize { get; } = new("--max-file-size")
    {
        Description = "Skip files larger than this (e.g. 500k, 2MB; default 2MB).",
        HelpName = "SIZE",
    };

    public Option<int?> Jobs { get; } = new("--jobs", "-j")
    {
        Description = "Number of files analyzed in parallel (default: number of cores).",
        HelpName = "N",
    };

    public Option<double?> FileTimeout { get; } = new("--file-timeout")
    {
        Description = "Per-file analysis budget in seconds (default 15).",
        HelpName = "SECONDS",
    };

    public Option<bool> NoDefaultExcludes { get; } = new("--no-default-excludes")
    {
        Description = "Also scan .git, node_modules, virtualenvs and build output.",
    };

    public Option<bool> NoIgnoreFiles { get; } = new("--no-ignore-files")
    {
        Description = "Do not honour .gitignore, .git/info/exclude and .pairguardignore.",
    };

    public Option<bool> Offline { get; } = new("--offline")
    {
        Description = "No network access at all (registry checks answer from the cache only).",
    };

    public Option<string[]> Rules { get; } = new("--rules")
    {
        Description = "Also run the rules in this file or folder (repeatable).",
        HelpName = "PATH",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<string[]> RulesOnly { get; } = new("--rules-only")
    {
        Description = "Run only the rules in this file or folder, not the built-in ones (repeatable).",
        HelpName = "PATH",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<bool> Staged { get; } = new("--staged")
    {
        Description = "Scan what is about to be committed (the git index), not the working tree.",
    };

    public Option<bool> IncludeDependencies { get; } = new("--include-dependencies")
    {
        Description = "Also check the READMEs and metadata of installed dependencies (node_modules, site-packages) for instructions aimed at coding agents.",
    };

    /// <summary>Adds the options to a command.</summary>
    public void AddTo(Command command)
    {
        command.Arguments.Add(Paths);
        foreach (var o in new Option[] { Config, Include, Exclude, MaxFileSize, Jobs, FileTimeout, NoDefaultExcludes, NoIgnoreFiles, Offline, Rules, RulesOnly, Staged, IncludeDependencies })
        {
            command.Options.Add(o);
        }
    }

    /// <summary>Builds the request, loading configuration; throws <see cref="UsageException"/> on bad input.</summary>
    public ScanRequest BuildRequest(ParseResult parse)
    {
        var paths = parse.GetValue(Paths) is { Length: > 0 } given ? given : ["."];
        foreach (var p in paths)
        {
            if (!File.Exists(p) && !Directory.Exists(p))
            {
                throw new UsageException(p.StartsWith('-') ? $"unknown option '{p}'" : $"path not found: {p}");
            }
        }

        var baseDirectory = BaseDirectoryOf(paths);
        IReadOnlyList<WorkspaceFile>? staged = null;
        if (parse.GetValue(Staged))
        {
            try
            {
                baseDirectory = Pairguard.Secrets.Git.GitCli.TopLevel(baseDirectory);
                staged = Pairguard.Secrets.Git.GitStagedFiles.FromIndex(baseDirectory);
            }
            catch (Pairguard.Secrets.Git.GitException e)
            {
                throw new UsageException("--staged: " + e.Message.Split('\n')[0]);
            }
        }

        PairguardConfig config;
        try
        {
            var configPath = parse.GetValue(Config);
            if (configPath is not null)
            {
                if (!File.Exists(configPath))
                {
                    throw new UsageException($"configuration file not found: {configPath}");
                }

                config = ConfigLoader.LoadFile(configPath);
            }
            else
            {
                config = ConfigLoader.LoadFromDirectory(baseDirectory);
            }
        }
        catch (ConfigException e)
        {
            throw new UsageException(e.Message);
        }

        var maxSize = config.MaxFileSize ?? ScanRequest.DefaultMaxFileSize;
        if (parse.GetValue(MaxFileSize) is { } sizeText)
        {
            if (!SizeParser.TryParse(sizeText, out maxSize))
            {
                throw new UsageException($"--max-file-size: invalid size '{sizeText}' (e.g. 500k, 2MB, 1048576)");
            }
        }

        var jobs = parse.GetValue(Jobs) ?? Math.Max(1, Environment.ProcessorCount);
        if (jobs < 1 || jobs > 1024)
        {
            throw new UsageException($"--jobs: must be between 1 and 1024 (got {jobs})");
        }

        var timeout = parse.GetValue(FileTimeout) ?? 15;
        if (timeout <= 0 || double.IsNaN(timeout) || timeout > 3600)
        {
            throw new UsageException($"--file-timeout: must be a number of seconds between 0 and 3600 (got {timeout})");
        }

        var extraRules = parse.GetValue(Rules) ?? [];
        var onlyRules = parse.GetValue(RulesOnly) ?? [];
        foreach (var r in extraRules.Concat(onlyRules))
        {
            if (!File.Exists(r) && !Directory.Exists(r))
            {
                throw new UsageException($"rules path not found: {r}");
            }
        }

        return new ScanRequest
        {
            RulePaths = extraRules.Concat(onlyRules).Select(Path.GetFullPath).ToList(),
            RulesOnly = onlyRules.Length > 0,
            ExplicitFiles = staged,
            Paths = paths.Select(Path.GetFullPath).ToList(),
            BaseDirectory = baseDirectory,
            Includes = (parse.GetValue(Include) ?? []).Concat(config.Include).ToList(),
            Excludes = (parse.GetValue(Exclude) ?? []).Concat(config.Exclude).ToList(),
            MaxFileSize = maxSize,
            Jobs = jobs,
            PerFileTimeout = TimeSpan.FromSeconds(timeout),
            UseDefaultExcludes = !parse.GetValue(NoDefaultExcludes),
            UseIgnoreFiles = !parse.GetValue(NoIgnoreFiles),
            Offline = parse.GetValue(Offline),
            Config = config,
            Options = parse.GetValue(IncludeDependencies)
                ? new Dictionary<string, string>(StringComparer.Ordinal) { [Pairguard.AgentContext.DependencyDocsAnalyzer.OptionName] = "true" }
                : new Dictionary<string, string>(StringComparer.Ordinal),
        };
    }

    /// <summary>The directory finding paths are relative to: the one directory scanned, a single file's folder, or the current directory.</summary>
    public static string BaseDirectoryOf(IReadOnlyList<string> paths)
    {
        if (paths.Count == 1)
        {
            var full = Path.GetFullPath(paths[0]);
            return Directory.Exists(full) ? full : Path.GetDirectoryName(full)!;
        }

        return Directory.GetCurrentDirectory();
    }
}

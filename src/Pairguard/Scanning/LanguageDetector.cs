namespace Pairguard.Scanning;

/// <summary>Tells a file's language from its extension, its special name (Dockerfile, .env...) or its shebang line.</summary>
public static class LanguageDetector
{
    private static readonly Dictionary<string, string> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".py"] = Languages.Python,
        [".pyw"] = Languages.Python,
        [".pyi"] = Languages.Python,
        [".js"] = Languages.JavaScript,
        [".mjs"] = Languages.JavaScript,
        [".cjs"] = Languages.JavaScript,
        [".jsx"] = Languages.JavaScript,
        [".ts"] = Languages.TypeScript,
        [".mts"] = Languages.TypeScript,
        [".cts"] = Languages.TypeScript,
        [".tsx"] = Languages.Tsx,
        [".java"] = Languages.Java,
        [".cs"] = Languages.CSharp,
        [".csx"] = Languages.CSharp,
        [".go"] = Languages.Go,
        [".php"] = Languages.Php,
        [".phtml"] = Languages.Php,
        [".php5"] = Languages.Php,
        [".php7"] = Languages.Php,
        [".rb"] = Languages.Ruby,
        [".rake"] = Languages.Ruby,
        [".gemspec"] = Languages.Ruby,
        [".ru"] = Languages.Ruby,
        [".erb"] = Languages.Ruby,
        [".sh"] = Languages.Bash,
        [".bash"] = Languages.Bash,
        [".zsh"] = Languages.Bash,
        [".ksh"] = Languages.Bash,
        [".json"] = Languages.Json,
        [".jsonc"] = Languages.Json,
        [".json5"] = Languages.Json,
        [".yml"] = Languages.Yaml,
        [".yaml"] = Languages.Yaml,
        [".toml"] = Languages.Toml,
        [".xml"] = Languages.Xml,
        [".csproj"] = Languages.Xml,
        [".fsproj"] = Languages.Xml,
        [".vbproj"] = Languages.Xml,
        [".props"] = Languages.Xml,
        [".targets"] = Languages.Xml,
        [".config"] = Languages.Xml,
        [".xaml"] = Languages.Xml,
        [".plist"] = Languages.Xml,
        [".svg"] = Languages.Xml,
        [".resx"] = Languages.Xml,
        [".nuspec"] = Languages.Xml,
        [".html"] = Languages.Html,
        [".htm"] = Languages.Html,
        [".cshtml"] = Languages.Html,
        [".razor"] = Languages.Html,
        [".md"] = Languages.Markdown,
        [".mdx"] = Languages.Markdown,
        [".markdown"] = Languages.Markdown,
        [".mdc"] = Languages.Markdown,
        [".rst"] = Languages.Restructuredtext,
        [".txt"] = Languages.Text,
        [".env"] = Languages.Dotenv,
        [".ini"] = Languages.Ini,
        [".cfg"] = Languages.Ini,
        [".conf"] = Languages.Ini,
        [".editorconfig"] = Languages.Ini,
        [".properties"] = Languages.Properties,
        [".sql"] = Languages.Sql,
        [".ps1"] = Languages.PowerShell,
        [".psm1"] = Languages.PowerShell,
        [".psd1"] = Languages.PowerShell,
        [".rs"] = Languages.Rust,
        [".kt"] = Languages.Kotlin,
        [".kts"] = Languages.Kotlin,
        [".swift"] = Languages.Swift,
        [".c"] = Languages.C,
        [".h"] = Languages.C,
        [".cc"] = Languages.Cpp,
        [".cpp"] = Languages.Cpp,
        [".cxx"] = Languages.Cpp,
        [".hpp"] = Languages.Cpp,
        [".hh"] = Languages.Cpp,
        [".css"] = Languages.Css,
        [".scss"] = Languages.Css,
        [".less"] = Languages.Css,
        [".scala"] = Languages.Scala,
        [".lua"] = Languages.Lua,
        [".pl"] = Languages.Perl,
        [".pm"] = Languages.Perl,
        [".vue"] = Languages.Vue,
        [".svelte"] = Languages.Svelte,
        [".bat"] = Languages.Batch,
        [".cmd"] = Languages.Batch,
        [".mk"] = Languages.Makefile,
        [".tf"] = Languages.Terraform,
        [".tfvars"] = Languages.Terraform,
        [".gradle"] = Languages.Gradle,
    };

    private static readonly Dictionary<string, string> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Dockerfile"] = Languages.Dockerfile,
        ["Containerfile"] = Languages.Dockerfile,
        [".env"] = Languages.Dotenv,
        ["Makefile"] = Languages.Makefile,
        ["GNUmakefile"] = Languages.Makefile,
        ["Gemfile"] = Languages.Ruby,
        ["Rakefile"] = Languages.Ruby,
        ["Guardfile"] = Languages.Ruby,
        ["Podfile"] = Languages.Ruby,
        ["Vagrantfile"] = Languages.Ruby,
        ["Pipfile"] = Languages.Toml,
        ["Jenkinsfile"] = Languages.Gradle,
        ["package.json"] = Languages.Json,
        ["composer.json"] = Languages.Json,
        ["tsconfig.json"] = Languages.Json,
        [".cursorrules"] = Languages.Markdown,
        [".windsurfrules"] = Languages.Markdown,
        [".clinerules"] = Languages.Markdown,
        [".gitignore"] = Languages.Text,
        [".pairguardignore"] = Languages.Text,
        [".dockerignore"] = Languages.Text,
        [".bashrc"] = Languages.Bash,
        [".bash_profile"] = Languages.Bash,
        [".profile"] = Languages.Bash,
        [".zshrc"] = Languages.Bash,
        [".npmrc"] = Languages.Ini,
        [".pypirc"] = Languages.Ini,
        [".gitconfig"] = Languages.Ini,
        ["go.mod"] = Languages.Text,
        ["go.sum"] = Languages.Text,
        ["requirements.txt"] = Languages.Text,
    };

    private static readonly (string Interpreter, string Language)[] Shebangs =
    [
        ("python", Languages.Python), ("pypy", Languages.Python), ("node", Languages.JavaScript), ("nodejs", Languages.JavaScript), ("bun", Languages.JavaScript), ("tsx", Languages.TypeScript), ("deno", Languages.TypeScript), ("ts-node", Languages.TypeScript),
        ("bash", Languages.Bash), ("zsh", Languages.Bash), ("sh", Languages.Bash), ("dash", Languages.Bash), ("ksh", Languages.Bash),
        ("ruby", Languages.Ruby), ("php", Languages.Php), ("perl", Languages.Perl), ("pwsh", Languages.PowerShell), ("lua", Languages.Lua),
        ("dotnet", Languages.CSharp),
    ];

    /// <summary>Language of a file from its path and (optionally) its first characters; null when unknown.</summary>
    public static string? Detect(string path, string? head = null)
    {
        var name = Path.GetFileName(path);
        if (ByName.TryGetValue(name, out var byName))
        {
            return byName;
        }

        var ext = Path.GetExtension(name);
        var knownExtension = ext.Length > 0 && ByExtension.ContainsKey(ext);

        // ".env", ".env.local", "prod.env" — but ".env.ts" is TypeScript.
        if ((name.StartsWith(".env.", StringComparison.OrdinalIgnoreCase) && (!knownExtension || ext.Equals(".env", StringComparison.OrdinalIgnoreCase)))
            || name.EndsWith(".env", StringComparison.OrdinalIgnoreCase))
        {
            return Languages.Dotenv;
        }

        // "Dockerfile.dev", "Containerfile.prod", "api.Dockerfile" — but "dockerfile.js" is JavaScript.
        if (((name.StartsWith("Dockerfile.", StringComparison.OrdinalIgnoreCase) || name.StartsWith("Dockerfile-", StringComparison.OrdinalIgnoreCase) || name.StartsWith("Containerfile.", StringComparison.OrdinalIgnoreCase)) && !knownExtension)
            || name.EndsWith(".dockerfile", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".containerfile", StringComparison.OrdinalIgnoreCase))
        {
            return Languages.Dockerfile;
        }

        if (name.StartsWith("requirements", StringComparison.OrdinalIgnoreCase) && name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
        {
            return Languages.Text;
        }

        if (ext.Length > 0 && ByExtension.TryGetValue(ext, out var byExt))
        {
            return byExt;
        }

        return head is null ? null : FromShebang(head);
    }

    /// <summary>Language named by a <c>#!</c> line, e.g. <c>#!/usr/bin/env python3</c>; null when none.</summary>
    public static string? FromShebang(string head)
    {
        if (!head.StartsWith("#!", StringComparison.Ordinal))
        {
            return null;
        }

        var end = head.IndexOfAny(['\n', '\r']);
        var line = (end < 0 ? head : head[..end])[2..].Trim();
        var parts = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return null;
        }

        var program = Path.GetFileName(parts[0]);
        if (program == "env")
        {
            program = EnvProgram(parts);
        }

        foreach (var (interpreter, language) in Shebangs)
        {
            if (program == interpreter || (program.StartsWith(interpreter, StringComparison.Ordinal) && program[interpreter.Length..].All(c => char.IsDigit(c) || c == '.')))
            {
                return language;
            }
        }

        return null;
    }

    /// <summary>The program <c>env</c> runs: skips options (<c>-S</c>, <c>-i</c>; <c>-u NAME</c>, <c>-C DIR</c> take a value) and <c>NAME=value</c> settings.</summary>
    private static string EnvProgram(string[] parts)
    {
        for (var i = 1; i < parts.Length; i++)
        {
            var part = parts[i].Trim('"', '\'');
            if (part is "-u" or "--unset" or "-C" or "--chdir")
            {
                i++;
                continue;
            }

            if (part.StartsWith('-'))
            {
                // "-Spython3" is "-S python3".
                if (part.StartsWith("-S", StringComparison.Ordinal) && part.Length > 2 && !part.StartsWith("--", StringComparison.Ordinal))
                {
                    return Path.GetFileName(part[2..]);
                }

                continue;
            }

            if (part.Contains('='))
            {
                continue;
            }

            return Path.GetFileName(part);
        }

        return "";
    }
}

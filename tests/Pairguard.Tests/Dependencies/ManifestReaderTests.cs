using Pairguard.Dependencies;
using Pairguard.Dependencies.Manifests;
using Pairguard.Scanning;

namespace Pairguard.Tests.Dependencies;

public sealed class ManifestReaderTests
{
    internal static ManifestContext Read(string path, string text, Dictionary<string, string>? others = null) =>
        ManifestReaders.Read(SourceFile.FromText(path, text), rel => others is not null && others.TryGetValue(rel, out var t) ? SourceFile.FromText(rel, t) : null);

    private static DependencyRef One(ManifestContext c, string name) => Assert.Single(c.References, r => r.Name == name);

    [Fact]
    public void RequirementsTxt_ReadsSpecifiersExtrasMarkersIncludesAndUrls()
    {
        var text = """
            # web stack
            fastapi==0.115.0
            uvicorn[standard]>=0.30 ; python_version >= "3.9"
            requests  # http
            -r base/common.txt
            --index-url https://example.invalid/simple
            git+https://example.invalid/org/tool.git#egg=tool
            mypkg @ https://example.invalid/mypkg-1.0.tar.gz
            -e ./local/pkg
            numpy>=1.26,\
                <2.0
            """;
        var c = Read("app/requirements-dev.txt", text, new() { ["app/base/common.txt"] = "pydantic~=2.7\n" });
        Assert.Empty(c.Diagnostics);
        Assert.Equal("==0.115.0", One(c, "fastapi").Version);
        Assert.Equal(2, One(c, "fastapi").Line);
        Assert.Equal(">=0.30", One(c, "uvicorn").Version);
        Assert.Null(One(c, "requests").Version);
        var pydantic = One(c, "pydantic");
        Assert.Equal("app/base/common.txt", pydantic.File);
        Assert.Equal(1, pydantic.Line);
        Assert.NotNull(One(c, "tool").Unverifiable);
        Assert.NotNull(One(c, "mypkg").Unverifiable);
        Assert.Null(One(c, "fastapi").Unverifiable);
        Assert.Equal(">=1.26,<2.0", One(c, "numpy").Version);
        Assert.Equal(10, One(c, "numpy").Line);
        Assert.DoesNotContain(c.References, r => r.Name.Contains("local", StringComparison.Ordinal));
    }

    [Fact]
    public void RequirementsTxt_IncludeCycleAndGarbageDoNotCrash()
    {
        var c = Read("requirements.txt", "-r requirements.txt\n-r other.txt\n!!! not a requirement\nflask\n", new() { ["other.txt"] = "-r requirements.txt\nclick\n" });
        Assert.Contains(c.References, r => r.Name == "flask");
        Assert.Contains(c.References, r => r.Name == "click");
        Assert.Contains(c.Diagnostics, d => d.Message.StartsWith("line 3:", StringComparison.Ordinal));
    }

    [Fact]
    public void Pyproject_ReadsPep621PoetryUvAndGroups()
    {
        var text = """
            [build-system]
            requires = ["hatchling>=1.20"]

            [project]
            name = "demo-app"
            dependencies = [
              "httpx>=0.27",
              "pyyaml",
              "internal-lib",
            ]

            [project.optional-dependencies]
            docs = ["mkdocs>=1.5"]

            [dependency-groups]
            test = ["pytest>=8"]

            [tool.uv]
            dev-dependencies = ["ruff"]

            [tool.uv.sources]
            internal-lib = { git = "https://example.invalid/internal-lib.git" }

            [tool.poetry.dependencies]
            python = "^3.11"
            django = "^5.0"
            localpkg = { path = "../localpkg" }

            [tool.poetry.group.dev.dependencies]
            black = { version = "^24.0" }
            """;
        var c = Read("pyproject.toml", text);
        Assert.Empty(c.Diagnostics);
        Assert.Equal(">=0.27", One(c, "httpx").Version);
        Assert.Equal(7, One(c, "httpx").Line);
        Assert.Equal("dependencies", One(c, "pyyaml").Kind);
        Assert.NotNull(One(c, "internal-lib").Unverifiable);
        Assert.Equal("optional:docs", One(c, "mkdocs").Kind);
        Assert.Equal("group:test", One(c, "pytest").Kind);
        Assert.Equal("build", One(c, "hatchling").Kind);
        Assert.Equal("dev", One(c, "ruff").Kind);
        Assert.Equal("^5.0", One(c, "django").Version);
        Assert.Equal("^24.0", One(c, "black").Version);
        Assert.DoesNotContain(c.References, r => r.Name is "python" or "localpkg" or "demo-app");
    }

    [Fact]
    public void Pyproject_MalformedTomlIsADiagnosticWithLine()
    {
        var c = Read("pyproject.toml", "[project]\nname = \"x\"\ndependencies = [\"a\",\n[broken\n");
        Assert.Empty(c.References);
        var d = Assert.Single(c.Diagnostics);
        Assert.Matches(@"^line [3-5]: invalid TOML", d.Message);
    }

    [Fact]
    public void Pipfile_AndPipfileLock()
    {
        var pipfile = """
            [[source]]
            url = "https://example.invalid/simple"
            name = "main"

            [packages]
            flask = "*"
            sqlalchemy = {version = ">=2.0"}
            mylib = {git = "https://example.invalid/mylib.git"}

            [dev-packages]
            pytest = "==8.2.0"
            """;
        var c = Read("Pipfile", pipfile);
        Assert.Null(One(c, "flask").Version);
        Assert.Equal(6, One(c, "flask").Line);
        Assert.Equal(">=2.0", One(c, "sqlalchemy").Version);
        Assert.NotNull(One(c, "mylib").Unverifiable);
        Assert.Equal("dev-packages", One(c, "pytest").Kind);

        var lockText = """
            {
              "_meta": {"hash": {"sha256": "abc"}},
              "default": {
                "flask": {"hashes": [], "version": "==3.0.3"},
                "local": {"path": "."}
              },
              "develop": {
                "pytest": {"version": "==8.2.0"}
              }
            }
            """;
        var l = Read("Pipfile.lock", lockText);
        Assert.Equal("==3.0.3", One(l, "flask").Version);
        Assert.Equal(4, One(l, "flask").Line);
        Assert.Equal(DependencyOrigin.Lockfile, One(l, "flask").Origin);
        Assert.Equal(8, One(l, "pytest").Line);
        Assert.DoesNotContain(l.References, r => r.Name == "local");
    }

    [Fact]
    public void PoetryLockAndUvLock()
    {
        var poetry = """
            [[package]]
            name = "certifi"
            version = "2024.7.4"
            description = "Python package for providing Mozilla's CA Bundle."
            optional = false

            [[package]]
            name = "mytool"
            version = "0.1.0"

            [package.source]
            type = "git"
            url = "https://example.invalid/mytool.git"
            reference = "main"
            """;
        var p = Read("poetry.lock", poetry);
        Assert.Equal("2024.7.4", One(p, "certifi").Version);
        Assert.Equal(2, One(p, "certifi").Line);
        Assert.NotNull(One(p, "mytool").Unverifiable);

        var uv = """
            version = 1
            requires-python = ">=3.12"

            [[package]]
            name = "anyio"
            version = "4.4.0"
            source = { registry = "https://example.invalid/simple" }

            [[package]]
            name = "demo"
            version = "0.1.0"
            source = { editable = "." }
            """;
        var u = Read("uv.lock", uv);
        Assert.Equal("4.4.0", One(u, "anyio").Version);
        Assert.Equal(5, One(u, "anyio").Line);
        Assert.DoesNotContain(u.References, r => r.Name == "demo");
    }

    [Fact]
    public void SetupCfg_ReadsInstallRequiresAndExtras()
    {
        var text = """
            [metadata]
            name = demo

            [options]
            packages = find:
            install_requires =
                click>=8
                rich
            [options.extras_require]
            test = pytest>=7
            """;
        var c = Read("setup.cfg", text);
        Assert.Equal(7, One(c, "click").Line);
        Assert.Equal(">=8", One(c, "click").Version);
        Assert.Equal(8, One(c, "rich").Line);
        Assert.Equal("extra:test", One(c, "pytest").Kind);
        Assert.DoesNotContain(c.References, r => r.Name is "find" or "demo");
    }

    [Fact]
    public void PackageJson_AllKindsAliasesAndLocalSpecs()
    {
        var text = """
            {
              "name": "web",
              "dependencies": {
                "react": "^18.3.1",
                "lodash-es": "npm:lodash@^4.17.21",
                "shared": "workspace:*",
                "ui": "file:../ui",
                "tool": "git+https://example.invalid/org/tool.git"
              },
              "devDependencies": { "typescript": "~5.5.0" },
              "peerDependencies": { "react-dom": ">=18" },
              "optionalDependencies": { "fsevents": "2.3.3" },
              "bundledDependencies": ["react"]
            }
            """;
        var c = Read("package.json", text);
        Assert.Empty(c.Diagnostics);
        Assert.Equal(4, One(c, "react").Line);
        Assert.Equal("^4.17.21", One(c, "lodash").Version);
        Assert.Equal("devDependencies", One(c, "typescript").Kind);
        Assert.Equal(10, One(c, "typescript").Line);
        Assert.Equal("peerDependencies", One(c, "react-dom").Kind);
        Assert.Equal("2.3.3", One(c, "fsevents").Version);
        Assert.NotNull(One(c, "tool").Unverifiable);
        Assert.DoesNotContain(c.References, r => r.Name is "shared" or "ui");
    }

    [Fact]
    public void PackageJson_MalformedIsADiagnosticWithLine()
    {
        var c = Read("package.json", "{\n  \"dependencies\": {\n    \"a\": \"1\"\n    \"b\": \"2\"\n  }\n}\n");
        Assert.Empty(c.References);
        Assert.StartsWith("line 4:", Assert.Single(c.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PackageLock_V1NestedAndV3Packages()
    {
        var v1 = """
            {
              "name": "app", "lockfileVersion": 1,
              "dependencies": {
                "debug": {
                  "version": "2.6.9",
                  "dependencies": {
                    "ms": { "version": "2.0.0" }
                  }
                },
                "ms": { "version": "2.1.3", "dev": true }
              }
            }
            """;
        var c1 = Read("package-lock.json", v1);
        Assert.Equal(4, One(c1, "debug").Line);
        Assert.Equal(2, c1.References.Count(r => r.Name == "ms"));
        Assert.Contains(c1.References, r => r.Name == "ms" && r.Version == "2.0.0" && r.Line == 7);
        Assert.Contains(c1.References, r => r.Name == "ms" && r.Version == "2.1.3" && r.Kind == "dev");

        var v3 = """
            {
              "name": "app",
              "lockfileVersion": 3,
              "packages": {
                "": { "name": "app", "dependencies": { "express": "^4.19.2" } },
                "node_modules/express": { "version": "4.19.2", "resolved": "https://example.invalid/express-4.19.2.tgz" },
                "node_modules/express/node_modules/@types/qs": { "version": "6.9.15", "dev": true },
                "node_modules/app-lib": { "resolved": "packages/lib", "link": true }
              }
            }
            """;
        var c3 = Read("package-lock.json", v3);
        Assert.Equal(2, c3.References.Count);
        Assert.Equal(6, One(c3, "express").Line);
        Assert.Equal("6.9.15", One(c3, "@types/qs").Version);
        Assert.All(c3.References, r => Assert.Equal(DependencyOrigin.Lockfile, r.Origin));
    }

    [Fact]
    public void YarnLock_ClassicAndBerry()
    {
        var classic = """
            # THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.
            # yarn lockfile v1


            "@babel/code-frame@^7.0.0", "@babel/code-frame@^7.24.7":
              version "7.24.7"
              resolved "https://example.invalid/@babel/code-frame/-/code-frame-7.24.7.tgz#abc"

            lodash@^4.17.21:
              version "4.17.21"
            """;
        var c = Read("yarn.lock", classic);
        Assert.Empty(c.Diagnostics);
        Assert.Equal("7.24.7", One(c, "@babel/code-frame").Version);
        Assert.Equal(5, One(c, "@babel/code-frame").Line);
        Assert.Equal("4.17.21", One(c, "lodash").Version);

        var berry = """
            __metadata:
              version: 8
              cacheKey: 10c0

            "chalk@npm:^5.3.0":
              version: 5.3.0
              resolution: "chalk@npm:5.3.0"
              languageName: node

            "web@workspace:.":
              version: 0.0.0-use.local
              resolution: "web@workspace:."
            """;
        var b = Read("yarn.lock", berry);
        Assert.Equal("5.3.0", One(b, "chalk").Version);
        Assert.Equal(5, One(b, "chalk").Line);
        Assert.Single(b.References);
    }

    [Fact]
    public void PnpmLock_V6AndV9Keys()
    {
        var v6 = """
            lockfileVersion: '6.0'
            packages:
              /ms@2.1.3:
                resolution: {integrity: sha512-abc}
                dev: false
              /@types/node@20.14.9:
                resolution: {integrity: sha512-def}
              /react-dom@18.3.1(react@18.3.1):
                resolution: {integrity: sha512-ghi}
            """;
        var c = Read("pnpm-lock.yaml", v6);
        Assert.Equal("2.1.3", One(c, "ms").Version);
        Assert.Equal(3, One(c, "ms").Line);
        Assert.Equal("20.14.9", One(c, "@types/node").Version);
        Assert.Equal("18.3.1", One(c, "react-dom").Version);

        var v9 = "lockfileVersion: '9.0'\npackages:\n  lodash@4.17.21:\n    resolution: {integrity: sha512-x}\n";
        Assert.Equal("4.17.21", One(Read("pnpm-lock.yaml", v9), "lodash").Version);

        var bad = Read("pnpm-lock.yaml", "packages:\n  - [unclosed\n");
        Assert.Empty(bad.References);
        Assert.Single(bad.Diagnostics);
    }

    [Fact]
    public void MsBuild_ProjectPropsAndPackagesConfig()
    {
        var csproj = """
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup>
                <PackageReference Include="Newtonsoft.Json" Version="13.0.3" />
                <PackageReference Include="Serilog">
                  <Version>4.0.0</Version>
                </PackageReference>
                <PackageReference Include="Polly" />
                <PackageReference Include="$(Generated)" />
              </ItemGroup>
            </Project>
            """;
        var c = Read("src/App/App.csproj", csproj);
        Assert.Equal("13.0.3", One(c, "Newtonsoft.Json").Version);
        Assert.Equal(3, One(c, "Newtonsoft.Json").Line);
        Assert.Equal("4.0.0", One(c, "Serilog").Version);
        Assert.Null(One(c, "Polly").Version);
        Assert.Equal(3, c.References.Count);

        var props = "<Project>\n  <ItemGroup>\n    <PackageVersion Include=\"xunit\" Version=\"2.9.3\" />\n  </ItemGroup>\n</Project>\n";
        Assert.Equal("2.9.3", One(Read("Directory.Packages.props", props), "xunit").Version);

        var config = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<packages>\n  <package id=\"EntityFramework\" version=\"6.4.4\" targetFramework=\"net48\" />\n</packages>\n";
        var pc = Read("packages.config", config);
        Assert.Equal(3, One(pc, "EntityFramework").Line);

        var broken = Read("App.fsproj", "<Project>\n  <ItemGroup>\n    <PackageReference Include=\"A\">\n</Project>\n");
        Assert.Empty(broken.References);
        Assert.StartsWith("line 4:", Assert.Single(broken.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MsBuild_RefusesDtdEntities()
    {
        var xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<Project><ItemGroup><PackageReference Include=\"&e;\" /></ItemGroup></Project>\n";
        var c = Read("a.csproj", xxe);
        Assert.Empty(c.References);
        Assert.Single(c.Diagnostics);
    }

    [Fact]
    public void GoMod_RequireBlocksIndirectAndLocalReplace()
    {
        var text = """
            module example.invalid/app

            go 1.22

            require github.com/spf13/cobra v1.8.1

            require (
            	github.com/stretchr/testify v1.9.0
            	golang.org/x/sys v0.21.0 // indirect
            	example.invalid/internal/lib v0.0.0
            )

            replace example.invalid/internal/lib => ../lib
            """;
        var c = Read("go.mod", text);
        Assert.Empty(c.Diagnostics);
        Assert.Equal("v1.8.1", One(c, "github.com/spf13/cobra").Version);
        Assert.Equal(5, One(c, "github.com/spf13/cobra").Line);
        Assert.Equal(8, One(c, "github.com/stretchr/testify").Line);
        Assert.Equal("indirect", One(c, "golang.org/x/sys").Kind);
        Assert.DoesNotContain(c.References, r => r.Name.Contains("internal", StringComparison.Ordinal));
        Assert.Single(Read("go.mod", "module x\nrequire\nfrobnicate y\n").Diagnostics, d => d.Message.Contains("frobnicate", StringComparison.Ordinal));
    }

    [Fact]
    public void Cargo_TomlAndLock()
    {
        var toml = """
            [package]
            name = "cli"
            version = "0.1.0"

            [dependencies]
            serde = { version = "1.0", features = ["derive"] }
            tokio = "1.38"
            json = { package = "serde_json", version = "1" }
            mylib = { path = "../mylib" }
            fork = { git = "https://example.invalid/fork.git" }

            [dev-dependencies]
            criterion = "0.5"

            [target.'cfg(windows)'.dependencies]
            winapi = "0.3"
            """;
        var c = Read("Cargo.toml", toml);
        Assert.Equal("1.0", One(c, "serde").Version);
        Assert.Equal(6, One(c, "serde").Line);
        Assert.Equal("1", One(c, "serde_json").Version);
        Assert.NotNull(One(c, "fork").Unverifiable);
        Assert.Equal("dev-dependencies", One(c, "criterion").Kind);
        Assert.Equal("0.3", One(c, "winapi").Version);
        Assert.DoesNotContain(c.References, r => r.Name == "mylib");

        var lockText = """
            version = 3

            [[package]]
            name = "cli"
            version = "0.1.0"

            [[package]]
            name = "serde"
            version = "1.0.203"
            source = "registry+https://example.invalid/index"
            """;
        var l = Read("Cargo.lock", lockText);
        Assert.Equal(8, One(l, "serde").Line);
        Assert.Single(l.References);
    }

    [Fact]
    public void Gemfile_AndLock()
    {
        var gemfile = """
            source "https://example.invalid"

            gem "rails", "~> 7.1.3"
            gem 'pg'
            gem "mygem", git: "https://example.invalid/mygem.git"
            gem "localgem", path: "vendor/localgem"

            group :development, :test do
              gem "rspec-rails", ">= 6"
            end

            platforms :jruby do
              gem "jruby-openssl"
            end
            """;
        var c = Read("Gemfile", gemfile);
        Assert.Equal("~> 7.1.3", One(c, "rails").Version);
        Assert.Equal(3, One(c, "rails").Line);
        Assert.Null(One(c, "pg").Version);
        Assert.NotNull(One(c, "mygem").Unverifiable);
        Assert.Equal("group:development", One(c, "rspec-rails").Kind);
        Assert.Null(One(c, "jruby-openssl").Kind);
        Assert.DoesNotContain(c.References, r => r.Name == "localgem");

        var lockText = """
            GEM
              remote: https://example.invalid/
              specs:
                actionpack (7.1.3.4)
                  rack (>= 2.2.4)
                nokogiri (1.16.6-x86_64-linux)
                rack (3.1.7)

            PLATFORMS
              x86_64-linux

            DEPENDENCIES
              rails (~> 7.1.3)
            """;
        var l = Read("Gemfile.lock", lockText);
        Assert.Equal(3, l.References.Count);
        Assert.Equal("7.1.3.4", One(l, "actionpack").Version);
        Assert.Equal("1.16.6", One(l, "nokogiri").Version);
        Assert.Equal(7, One(l, "rack").Line);
    }

    [Fact]
    public void Composer_JsonAndLock()
    {
        var json = """
            {
              "name": "acme/site",
              "require": {
                "php": ">=8.2",
                "ext-json": "*",
                "laravel/framework": "^11.0",
                "guzzlehttp/guzzle": "^7.8"
              },
              "require-dev": { "phpunit/phpunit": "^11" }
            }
            """;
        var c = Read("composer.json", json);
        Assert.Equal(3, c.References.Count);
        Assert.Equal(6, One(c, "laravel/framework").Line);
        Assert.Equal("require-dev", One(c, "phpunit/phpunit").Kind);

        var lockText = """
            {
              "packages": [
                { "name": "guzzlehttp/guzzle", "version": "7.8.1", "dist": { "type": "zip" } },
                { "name": "acme/local", "version": "dev-main", "dist": { "type": "path" } }
              ],
              "packages-dev": [
                { "name": "phpunit/phpunit", "version": "11.2.5" }
              ]
            }
            """;
        var l = Read("composer.lock", lockText);
        Assert.Equal(2, l.References.Count);
        Assert.Equal(3, One(l, "guzzlehttp/guzzle").Line);
        Assert.Equal(7, One(l, "phpunit/phpunit").Line);
    }

    [Fact]
    public void Maven_PomAndGradle()
    {
        var pom = """
            <project xmlns="urn:test:pom-namespace">
              <groupId>com.acme</groupId>
              <artifactId>app</artifactId>
              <dependencies>
                <dependency>
                  <groupId>org.springframework.boot</groupId>
                  <artifactId>spring-boot-starter-web</artifactId>
                  <version>3.3.1</version>
                </dependency>
                <dependency>
                  <groupId>com.google.guava</groupId>
                  <artifactId>guava</artifactId>
                  <version>${guava.version}</version>
                  <scope>test</scope>
                </dependency>
              </dependencies>
            </project>
            """;
        var c = Read("pom.xml", pom);
        Assert.Equal("3.3.1", One(c, "org.springframework.boot:spring-boot-starter-web").Version);
        Assert.Equal(5, One(c, "org.springframework.boot:spring-boot-starter-web").Line);
        Assert.Null(One(c, "com.google.guava:guava").Version);
        Assert.Equal("test", One(c, "com.google.guava:guava").Kind);

        var gradle = """
            plugins { id("org.jetbrains.kotlin.jvm") version "2.0.0" }
            dependencies {
                implementation("com.squareup.okhttp3:okhttp:4.12.0")
                testImplementation 'junit:junit:4.13.2'
                implementation group: 'org.slf4j', name: 'slf4j-api', version: '2.0.13'
                implementation(platform("org.jetbrains.kotlin:kotlin-bom:$kotlinVersion"))
                // implementation("commented:out:1.0")
            }
            """;
        var g = Read("build.gradle.kts", gradle);
        Assert.Equal("4.12.0", One(g, "com.squareup.okhttp3:okhttp").Version);
        Assert.Equal(3, One(g, "com.squareup.okhttp3:okhttp").Line);
        Assert.Equal("testImplementation", One(g, "junit:junit").Kind);
        Assert.Equal("2.0.13", One(g, "org.slf4j:slf4j-api").Version);
        Assert.Null(One(g, "org.jetbrains.kotlin:kotlin-bom").Version);
        Assert.DoesNotContain(g.References, r => r.Name.StartsWith("commented", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("package.json")]
    [InlineData("package-lock.json")]
    [InlineData("pyproject.toml")]
    [InlineData("Cargo.lock")]
    [InlineData("pnpm-lock.yaml")]
    [InlineData("yarn.lock")]
    [InlineData("Gemfile.lock")]
    [InlineData("go.mod")]
    [InlineData("composer.json")]
    [InlineData("pom.xml")]
    [InlineData("App.csproj")]
    [InlineData("requirements.txt")]
    [InlineData("Pipfile")]
    [InlineData("setup.cfg")]
    public void GarbageInputNeverThrows(string name)
    {
        foreach (var text in new[] { "", "\u0000\u0001\u0002", "{{{{[[[[", new string('[', 5000), "\"\n:\n-\n" + new string('{', 300) })
        {
            var c = Read(name, text);
            Assert.All(c.References, r => Assert.False(string.IsNullOrEmpty(r.Name)));
        }
    }
}

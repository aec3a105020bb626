using Pairguard.Scanning;

namespace Pairguard.Tests.Scanning;

public class LanguageDetectorTests
{
    [Theory]
    [InlineData("Dockerfile", Languages.Dockerfile)]
    [InlineData("deploy/Dockerfile.prod", Languages.Dockerfile)]
    [InlineData("Dockerfile-alpine", Languages.Dockerfile)]
    [InlineData("api.Dockerfile", Languages.Dockerfile)]
    [InlineData("Containerfile", Languages.Dockerfile)]
    [InlineData("dockerfile-utils.js", Languages.JavaScript)]
    [InlineData("Dockerfile.js", Languages.JavaScript)]
    [InlineData(".env", Languages.Dotenv)]
    [InlineData("config/.env.local", Languages.Dotenv)]
    [InlineData(".env.production", Languages.Dotenv)]
    [InlineData("prod.env", Languages.Dotenv)]
    [InlineData(".env.ts", Languages.TypeScript)]
    [InlineData("package.json", Languages.Json)]
    [InlineData("web/package.json", Languages.Json)]
    [InlineData("requirements-dev.txt", Languages.Text)]
    [InlineData("app.tsx", Languages.Tsx)]
    [InlineData("Gemfile", Languages.Ruby)]
    public void ByNameAndExtension(string path, string expected) =>
        Assert.Equal(expected, LanguageDetector.Detect(path));

    [Theory]
    [InlineData("#!/usr/bin/env python3\nprint(1)\n", Languages.Python)]
    [InlineData("#!/usr/bin/python3.12\n", Languages.Python)]
    [InlineData("#!/bin/sh\nset -e\n", Languages.Bash)]
    [InlineData("#! /bin/bash -eu\n", Languages.Bash)]
    [InlineData("#!/usr/bin/env -S node --no-warnings\n", Languages.JavaScript)]
    [InlineData("#!/usr/bin/env -Snode\n", Languages.JavaScript)]
    [InlineData("#!/usr/bin/env -u DEBUG ruby\n", Languages.Ruby)]
    [InlineData("#!/usr/bin/env NODE_ENV=production node\n", Languages.JavaScript)]
    [InlineData("#!/usr/bin/env php\r\n<?php\n", Languages.Php)]
    public void Shebangs(string head, string expected) =>
        Assert.Equal(expected, LanguageDetector.Detect("bin/tool", head));

    [Theory]
    [InlineData("#!/usr/bin/env shellcheck\n")]
    [InlineData("echo no shebang\n")]
    [InlineData("#!\n")]
    public void UnknownInterpreterOrNoShebangIsNull(string head) =>
        Assert.Null(LanguageDetector.Detect("bin/tool", head));

    [Fact]
    public void ExtensionWinsOverShebang() =>
        Assert.Equal(Languages.Python, LanguageDetector.Detect("x.py", "#!/bin/sh\n"));
}

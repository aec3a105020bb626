using Pairguard.Dependencies;
using Pairguard.Dependencies.Imports;
using Pairguard.Scanning;

namespace Pairguard.Tests.Dependencies;

public sealed class ImportTests
{
    private static List<(string Module, int Line)> Extract(IImportExtractor extractor, string path, string text)
    {
        var file = SourceFile.FromText(path, text);
        Assert.True(extractor.AppliesTo(file));
        var byReader = extractor.Extract(file).Select(i => (i.Module, i.Line)).ToList();

        // The shipped extractor finds imports through the syntax tree: it finds everything the reader finds, in the same order.
        var bySyntax = new SyntaxImportExtractor(extractor).Extract(file).Select(i => (i.Module, i.Line)).ToList();
        Assert.Equal(byReader, bySyntax.Where(byReader.Contains).ToList());
        return bySyntax;
    }

    [Fact]
    public void SyntaxExtractorIgnoresImportTextThatIsNotCode()
    {
        // A line-oriented reader sees "import" at the start of a line inside this call's string argument; the syntax tree does not.
        var code = "x = f(\"\"\"\nimport not_real\n\"\"\", 1)\nimport real_one\n";
        var found = new SyntaxImportExtractor(new PythonImportExtractor()).Extract(SourceFile.FromText("a.py", code)).Select(i => (i.Module, i.Line)).ToList();
        Assert.Equal([("real_one", 4)], found);
    }

    [Fact]
    public void Python_ImportsFromImportsMultiLineAndSkipsStringsAndComments()
    {
        var code = """
            import os, sys
            import numpy as np
            from fast_json_validator import validate
            from . import sibling
            from .models import User
            from sklearn.model_selection import (
                train_test_split,
                KFold,
            )
            # import commented_out
            DOC = '''
            import inside_docstring
            '''
            s = "from not_code import x"
            if True: import yaml; import PIL.Image
            """;
        var found = Extract(new PythonImportExtractor(), "app/main.py", code);
        Assert.Equal(
            [("os", 1), ("sys", 1), ("numpy", 2), ("fast_json_validator", 3), ("sklearn.model_selection", 6)],
            found.Take(5).ToList());
        Assert.DoesNotContain(found, f => f.Module is "commented_out" or "inside_docstring" or "not_code" or "sibling" or "models");
        Assert.DoesNotContain(found, f => f.Module.StartsWith('.'));
        Assert.Contains(("yaml", 15), found); // after "if True:" on the same line: read through the syntax tree
    }

    [Fact]
    public void Js_StaticDynamicRequireAndExportFrom()
    {
        var code = """
            import React, { useState } from 'react';
            import {
              validate,
            } from "fast-json-validator";
            import './styles.css';
            import type { Foo } from '@acme/types/sub';
            export * from 'lodash/fp';
            const fs = require('node:fs');
            const x = require("express");
            const lazy = await import('chart.js');
            // import nope from 'commented';
            const s = "import fake from 'in-a-string'";
            """;
        var found = Extract(new JsImportExtractor(), "src/app.ts", code);
        var modules = found.Select(f => f.Module).ToList();
        Assert.Equal(["react", "fast-json-validator", "./styles.css", "@acme/types/sub", "lodash/fp", "node:fs", "express", "chart.js"], modules);
        Assert.Equal(4, found[1].Line);
    }

    [Fact]
    public void Go_SingleAndBlockImports()
    {
        var code = """
            package main

            import "fmt"

            import (
            	"net/http"
            	log "github.com/sirupsen/logrus"
            	_ "github.com/lib/pq"
            	// "github.com/commented/out"
            )

            func main() {}
            """;
        var found = Extract(new GoImportExtractor(), "main.go", code);
        Assert.Equal([("fmt", 3), ("net/http", 6), ("github.com/sirupsen/logrus", 7), ("github.com/lib/pq", 8)], found);
    }

    [Fact]
    public void Ruby_RequireButNotRequireRelativeOrDocs()
    {
        var code = "require 'json'\nrequire \"sinatra/base\"\nrequire_relative 'lib/x'\n=begin\nrequire 'in_doc'\n=end\n";
        Assert.Equal([("json", 1), ("sinatra/base", 2)], Extract(new RubyImportExtractor(), "app.rb", code));
    }

    [Fact]
    public void Php_UseStatements()
    {
        var code = "<?php\nnamespace App;\n\nuse GuzzleHttp\\Client;\nuse function Acme\\Tools\\helper;\n// use Commented\\Out;\n";
        Assert.Equal([("GuzzleHttp\\Client", 4), ("Acme\\Tools\\helper", 5)], Extract(new PhpImportExtractor(), "src/A.php", code));
    }

    [Fact]
    public void Resolver_DropsStdlibBuiltinsLocalAndMapsDistributionNames()
    {
        var resolver = new ImportResolver(["app/main.py", "app/utils/__init__.py", "web/src/components/Button.tsx", "helpers.py"], ["example.invalid/app"]);
        string? R(string lang, string module) => resolver.Resolve(new ImportRef(lang, module, "f", 1))?.Name;

        Assert.Null(R(Languages.Python, "os.path"));
        Assert.Null(R(Languages.Python, "utils.text"));
        Assert.Null(R(Languages.Python, "helpers"));
        Assert.Equal("PyYAML", R(Languages.Python, "yaml"));
        Assert.Equal("opencv-python", R(Languages.Python, "cv2"));
        Assert.Equal("scikit-learn", R(Languages.Python, "sklearn.model_selection"));
        Assert.Equal("Pillow", R(Languages.Python, "PIL.Image"));
        Assert.Equal("beautifulsoup4", R(Languages.Python, "bs4"));
        Assert.Equal("google-cloud-storage", R(Languages.Python, "google.cloud.storage"));
        Assert.Null(R(Languages.Python, "google.something_unknown"));
        Assert.Equal("fast_json_validator", R(Languages.Python, "fast_json_validator"));

        Assert.Null(R(Languages.TypeScript, "fs/promises"));
        Assert.Null(R(Languages.TypeScript, "node:crypto"));
        Assert.Null(R(Languages.TypeScript, "./x"));
        Assert.Null(R(Languages.TypeScript, "@/components/Button"));
        Assert.Null(R(Languages.TypeScript, "components/Button"));
        Assert.Equal("lodash", R(Languages.TypeScript, "lodash/fp"));
        Assert.Equal("@acme/types", R(Languages.TypeScript, "@acme/types/sub"));

        Assert.Null(R(Languages.Go, "net/http"));
        Assert.Null(R(Languages.Go, "example.invalid/app/internal/db"));
        Assert.Equal("github.com/sirupsen/logrus", R(Languages.Go, "github.com/sirupsen/logrus/hooks"));
        Assert.Equal("golang.org/x/sync", R(Languages.Go, "golang.org/x/sync/errgroup"));

        Assert.Null(R(Languages.Ruby, "json"));
        Assert.Null(R(Languages.Ruby, "net/http"));
        Assert.Equal("activesupport", R(Languages.Ruby, "active_support/core_ext"));
        Assert.Equal("sinatra", R(Languages.Ruby, "sinatra/base"));
    }

    [Fact]
    public void DataFilesKeepTheirProvenance()
    {
        foreach (var name in new[] { "npm-top.txt", "pypi-top.txt", "nuget-top.txt", "rubygems-top.txt", "crates-top.txt", "python-stdlib.txt", "node-builtins.txt", "python-import-names.txt", "known-hallucinated.txt" })
        {
            Assert.False(string.IsNullOrWhiteSpace(DataFiles.Provenance(name)), name);
            Assert.NotEmpty(DataFiles.Lines(name));
        }

        Assert.Equal("semver", DataFiles.Lines("npm-top.txt")[0]);
        Assert.True(DataFiles.Lines("npm-top.txt").Count > 10000);
    }
}

public sealed class ComposerAutoloadTests
{
    [Fact]
    public void NamespacesAreMatchedToOwnCodeLockedPackagesAndDeclaredVendors()
    {
        var map = new ComposerAutoload();
        Assert.False(map.HasProject);
        map.Add("composer.json", """{"require": {"guzzlehttp/guzzle": "^7.8"}, "autoload": {"psr-4": {"App\\": "src/"}}}""");
        map.Add("composer.lock", """{"packages": [{"name": "monolog/monolog", "autoload": {"psr-4": {"Monolog\\": "src/Monolog"}}}]}""");
        Assert.True(map.HasProject);
        Assert.Null(map.Undeclared("App\\Http\\Controller"));
        Assert.Null(map.Undeclared("Monolog\\Logger"));
        Assert.Null(map.Undeclared("GuzzleHttp\\Client"));
        Assert.Null(map.Undeclared("Exception"));
        Assert.Equal("FastJson\\Validator", map.Undeclared("FastJson\\Validator\\Schema"));
    }
}

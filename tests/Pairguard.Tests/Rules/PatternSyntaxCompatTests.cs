using Pairguard.Scanning;

namespace Pairguard.Tests.Rules;

/// <summary>
/// Pattern shapes that need rewriting or wrapping before the target grammar parses them (holes of interpolated strings, ellipses
/// among container items and class members, method declarations with annotations): each row has lines that must match and lines
/// that must not.
/// </summary>
public class PatternSyntaxCompatTests
{
    public static TheoryData<string, string, string, string, int[]> Cases => new()
    {
        // ---- holes of interpolated strings ----
        { "py f-string hole", Languages.Python, "pattern: run(f\"...{$V}...\")", "run(f\"ls {path} -l\")\nrun(f\"ls -l\")\nrun(\"ls {path}\")\n", [1] },
        { "py f-string hole binds", Languages.Python, "pattern: |\n  $Q = f\"select {$V}\"\n  ...\n  execute($Q)", "q = f\"select {name}\"\nexecute(q)\nr = f\"select {name} x\"\nexecute(r)\n", [1] },
        { "py f-string leading hole", Languages.Python, "pattern: log(f\"{$V}...\")", "log(f\"{a} b\")\nlog(f\"b {a}\")\n", [1] },
        { "py f-string deep hole", Languages.Python, "pattern: run(f\"...{request.$W.get(...)}...\")", "run(f\"x {request.args.get('a')}\")\nrun(f\"x {other.args.get('a')}\")\n", [1] },
        { "js template hole", Languages.JavaScript, "pattern: db.query(`...${$V}...`)", "db.query(`select ${id}`);\ndb.query(`select 1`);\ndb.query('select ${id}');\n", [1] },
        { "js template any hole", Languages.JavaScript, "pattern: db.query(`...${...}...`)", "db.query(`a ${b} c`);\ndb.query(`a c`);\n", [1] },
        { "ts template hole", Languages.TypeScript, "pattern: res.send(`<p>${$V.name}</p>`)", "res.send(`<p>${user.name}</p>`);\nres.send(`<p>${user.id}</p>`);\n", [1] },
        { "csharp interpolation hole", Languages.CSharp, "pattern: Run($\"...{$V}...\")", "class A { void F() {\n Run($\"ls {p}\");\n Run($\"ls\");\n Run(\"ls {p}\");\n} }\n", [2] },
        { "ruby interpolation hole", Languages.Ruby, "pattern: system(\"...#{$V}...\")", "system(\"ls #{dir}\")\nsystem(\"ls\")\nsystem('ls #{dir}')\n", [1] },

        // ---- ellipses among the items of a container literal ----
        { "py dict items", Languages.Python, "pattern: 'setup({..., \"debug\": True, ...})'", "setup({\"a\": 1, \"debug\": True, \"b\": 2})\nsetup({\"a\": 1, \"debug\": False})\n", [1] },
        { "py dict any", Languages.Python, "pattern: 'SETTINGS = {...}'", "SETTINGS = {\"a\": 1}\nOTHER = {\"a\": 1}\nSETTINGS = [1]\n", [1] },
        { "py dict items on lines", Languages.Python, "pattern: |\n  CONFIG = {\n    ...,\n    \"mode\": $M,\n    ...\n  }", "CONFIG = {\n  \"a\": 1,\n  \"mode\": \"x\",\n}\nCONFIG = {\"a\": 1}\n", [1] },
        { "js object items", Languages.JavaScript, "pattern: 'setup({..., debug: true, ...})'", "setup({ a: 1, debug: true, b: 2 });\nsetup({ a: 1, debug: false });\n", [1] },
        { "ts object items", Languages.TypeScript, "pattern: 'setup({..., debug: true, ...})'", "setup({ a: 1, debug: true } as Options);\nsetup({ a: 1, debug: false });\nsetup({ debug: true });\n", [3] },
        { "java array items", Languages.Java, "pattern: 'String[] $A = {..., \"none\", ...};'", "class A { void f() {\n String[] a = {\"x\", \"none\"};\n String[] b = {\"x\"};\n} }\n", [2] },
        { "csharp array items", Languages.CSharp, "pattern: 'new[] {..., \"none\", ...}'", "class A { void F() {\n var a = new[] {\"x\", \"none\"};\n var b = new[] {\"x\"};\n} }\n", [2] },
        { "go composite items", Languages.Go, "pattern: 'tls.Config{..., InsecureSkipVerify: true, ...}'", "package p\nvar a = tls.Config{MinVersion: 1, InsecureSkipVerify: true}\nvar b = tls.Config{MinVersion: 1}\n", [2] },
        { "php array items on lines", Languages.Php, "pattern: |\n  return [\n    ...,\n    'secure' => false,\n    ...\n  ];", "<?php\nreturn [\n  'a' => 1,\n  'secure' => false,\n];\n", [2] },
        { "php array items negative", Languages.Php, "pattern: |\n  return [\n    ...,\n    'secure' => false,\n    ...\n  ];", "<?php\nreturn [\n  'a' => 1,\n  'secure' => true,\n];\n", [] },
        { "ruby hash items", Languages.Ruby, "pattern: 'setup({..., debug: true, ...})'", "setup({ a: 1, debug: true })\nsetup({ a: 1, debug: false })\n", [1] },

        // ---- class members: Java and C# ----
        { "java annotated method", Languages.Java, "pattern: |\n  @GetMapping(...)\n  public $T $M(...) { ... }", "class A {\n @GetMapping(\"/a\")\n public String a(String q) { return q; }\n @PostMapping(\"/b\")\n public String b() { return \"\"; }\n}\n", [2] },
        { "java method more modifiers", Languages.Java, "pattern: 'public void $M(..., String $S, ...) { ... }'", "class A {\n public static void a(int x, String s) { }\n public void b(int x) { }\n private void c(String s) { }\n}\n", [2] },
        { "java class with field", Languages.Java, "pattern: |\n  class $C {\n    ...\n    Cipher $F;\n    ...\n  }", "class A {\n int x;\n Cipher c;\n}\nclass B {\n int y;\n}\n", [1] },
        { "java anonymous class member", Languages.Java, "pattern: |\n  new Verifier() {\n    ...\n    public boolean verify(...) { return true; }\n    ...\n  }", "class A { void f() {\n v = new Verifier() {\n  public boolean verify(String h) { return true; }\n };\n w = new Verifier() {\n  public boolean verify(String h) { return h.isEmpty(); }\n };\n} }\n", [2] },
        // ---- typed metavariables: the type as far as the file declares it ----
        { "java typed parameter", Languages.Java, "pattern: (HttpServletRequest $R).getParameter(...)", "class A { void f(HttpServletRequest req, Props p) {\n req.getParameter(\"a\");\n p.getParameter(\"a\");\n} }\n", [2] },
        { "java typed field generic", Languages.Java, "pattern: (java.util.List<String> $L).add($X)", "class A {\n List<String> names;\n Set<String> seen;\n void f() {\n  names.add(x);\n  seen.add(x);\n }\n}\n", [5] },
        { "java typed new", Languages.Java, "pattern: (StringBuilder $B).append($X)", "class A { void f() {\n new StringBuilder().append(x);\n new Writer().append(x);\n} }\n", [2] },
        { "java typed alone", Languages.Java, "pattern: return (Cipher $C);", "class A {\n Cipher f(Cipher c, Key k) { return c; }\n Key g(Cipher c, Key k) { return k; }\n}\n", [2] },
        { "java method parameter not typed", Languages.Java, "pattern: 'void $M(String $S) { ... }'", "class A {\n void a(String s) { }\n void b(int s) { }\n}\n", [2] },
        { "csharp typed local", Languages.CSharp, "pattern: (SqlCommand $C).ExecuteReader()", "class A { void F() {\n SqlCommand a = Make();\n var b = new SqlCommand(q);\n var c = Other();\n a.ExecuteReader();\n b.ExecuteReader();\n c.ExecuteReader();\n} }\n", [5, 6] },
        { "go typed pointer", Languages.Go, "pattern: '($R : *http.Request).URL'", "package p\nfunc h(r *http.Request, o *Other) {\n\tu := r.URL\n\tv := o.URL\n}\n", [3] },
        { "go typed value", Languages.Go, "pattern: '($C : gin.Context).Query(...)'", "package p\nfunc h(c *gin.Context, d *echo.Context) {\n\tc.Query(\"a\")\n\td.Query(\"a\")\n}\n", [3] },

        { "java typed string literal", Languages.Java, "pattern: $X == (String $Y)", "class A { void f(String s, int n) {\n if (s == \"a\") { }\n if (n == 2) { }\n} }\n", [2] },

        // ---- an assignment pattern matches a declaration with an initial value ----
        { "java assignment declaration", Languages.Java, "pattern: |\n  $K = KeyGenerator.getInstance(\"DES\");\n  ...\n  $K.init($N);", "class A { void f() {\n KeyGenerator k = KeyGenerator.getInstance(\"DES\");\n k.init(56);\n KeyGenerator j = KeyGenerator.getInstance(\"AES\");\n j.init(256);\n} }\n", [2] },
        { "java assignment still", Languages.Java, "pattern: $K = open($F)", "class A { void f() {\n k = open(a);\n Stream s = open(b);\n t = close(a);\n} }\n", [2, 3] },
        { "js assignment declaration", Languages.JavaScript, "pattern: $X = require('child_process')", "const cp = require('child_process');\nlet fs = require('fs');\nx = require('child_process');\n", [1, 3] },
        { "ts assignment declaration", Languages.TypeScript, "pattern: $X = require('child_process')", "const cp: any = require('child_process');\nconst fs: any = require('fs');\n", [1] },
        { "csharp assignment declaration", Languages.CSharp, "pattern: $X = new Random()", "class A { void F() {\n var r = new Random();\n var s = new Secure();\n} }\n", [2] },
        { "go assignment declaration", Languages.Go, "pattern: '$X = md5.New()'", "package p\nfunc f() {\n\th := md5.New()\n\tg := sha256.New()\n}\n", [3] },
        { "php assignment", Languages.Php, "pattern: $X = md5($Y)", "<?php\n$a = md5($b);\n$c = sha1($b);\n", [2] },
        { "ruby assignment", Languages.Ruby, "pattern: $X = Digest::MD5.hexdigest($Y)", "a = Digest::MD5.hexdigest(b)\nc = Digest::SHA256.hexdigest(b)\n", [1] },
        { "py assignment", Languages.Python, "pattern: $X = hashlib.md5($Y)", "a = hashlib.md5(b)\nc = hashlib.sha256(b)\n", [1] },

        // ---- in a statement sequence, a call statement also matches a statement that assigns the call ----
        { "js call statement in declaration", Languages.JavaScript, "patterns:\n  - pattern-inside: |\n      require('shelljs');\n      ...\n  - pattern: exec($X)", "const sh = require('shelljs');\nexec(cmd);\n", [2] },
        { "js call statement other module", Languages.JavaScript, "patterns:\n  - pattern-inside: |\n      require('shelljs');\n      ...\n  - pattern: exec($X)", "const sh = require('other');\nexec(cmd);\n", [] },
        { "py call statement in assignment", Languages.Python, "pattern: |\n  open($F)\n  ...\n  close()", "h = open(p)\nclose()\nopen(q)\nread()\n", [1] },
        { "java call statement in declaration", Languages.Java, "pattern: |\n  connect($U);\n  ...\n  send($D);", "class A { void f() {\n Conn c = connect(u);\n send(d);\n} void g() {\n Conn c = open(u);\n send(d);\n} }\n", [2] },
        { "go call statement in declaration", Languages.Go, "pattern: |\n  sql.Open($D, $S)\n  ...\n  Exec($Q)", "package p\nfunc f() {\n\tdb := sql.Open(d, s)\n\tExec(q)\n}\nfunc g() {\n\tdb := other.Open(d, s)\n\tExec(q)\n}\n", [3] },

        // ---- a string whose content is a metavariable: any constant string, bound ----
        { "php string metavariable", Languages.Php, "pattern: getenv('$NAME', 'x')", "<?php\ngetenv('A', 'x');\ngetenv($a, 'x');\n", [2] },
        { "py string metavariable unifies", Languages.Python, "pattern: set(\"$K\", \"$K\")", "set(\"a\", \"a\")\nset(\"a\", \"b\")\nset(a, a)\n", [1] },
        { "js string metavariable", Languages.JavaScript, "pattern: res.set('$H', $V)", "res.set('X-Frame', v);\nres.set(h, v);\n", [1] },

        // ---- dotted names through imports ----
        { "py from import", Languages.Python, "pattern: hashlib.md5(...)", "from hashlib import md5\nmd5(b\"x\")\nsha(b\"x\")\n", [2] },
        { "py from import module", Languages.Python, "pattern: os.path.join($A, $B)", "from os import path\npath.join(a, b)\nother.join(a, b)\n", [2] },
        { "py import as", Languages.Python, "pattern: subprocess.call($X, shell=True)", "import subprocess as sp\nsp.call(c, shell=True)\nsp.call(c)\n", [2] },
        { "py import metavariable tail", Languages.Python, "pattern: crypto.ciphers.algorithms.$ALG($KEY)", "from crypto.ciphers import algorithms\nalgorithms.ARC4(k)\nciphers.ARC4(k)\n", [2] },
        { "py import unrelated", Languages.Python, "pattern: os.system($X)", "from posix import system\nsystem(c)\n", [] },
        { "java import", Languages.Java, "pattern: java.security.MessageDigest.getInstance(\"MD5\")", "import java.security.MessageDigest;\nclass A { void f() {\n MessageDigest.getInstance(\"MD5\");\n MessageDigest.getInstance(\"SHA-256\");\n} }\n", [3] },
        { "java import other package", Languages.Java, "pattern: java.security.MessageDigest.getInstance(\"MD5\")", "import my.own.MessageDigest;\nclass A { void f() {\n MessageDigest.getInstance(\"MD5\");\n} }\n", [] },

        { "py import module any form", Languages.Python, "pattern: import yaml", "from yaml import load\nimport yaml.constructor\nimport yamlish\nfrom yamlx import y\nimport os, yaml as y\n", [1, 2, 5] },
        { "py import module inside", Languages.Python, "patterns:\n  - pattern-inside: |\n      import flask\n      ...\n  - pattern: $APP.run(..., debug=True, ...)", "from flask import Flask\napp = Flask(__name__)\napp.run(debug=True)\n", [3] },
        { "py import module inside negative", Languages.Python, "patterns:\n  - pattern-inside: |\n      import flask\n      ...\n  - pattern: $APP.run(..., debug=True, ...)", "from bottle import Bottle\napp = Bottle()\napp.run(debug=True)\n", [] },

        // ---- JavaScript patterns written in TypeScript ----
        { "js pattern with types", Languages.JavaScript, "pattern-either:\n  - pattern: '($REQ: Request) => {...}'\n  - pattern: run($X)", "const f = (req) => { };\nrun(1);\n", [2] },
        { "ts pattern with types", Languages.TypeScript, "pattern: '($REQ: Request) => {...}'", "const f = (req: Request) => { };\nconst g = (req: Response) => { };\n", [1] },

        { "csharp class with method", Languages.CSharp, "pattern: |\n  class $C {\n    ...\n    public void Configure(...) { ... }\n    ...\n  }", "class A {\n int x;\n public void Configure(int y) { }\n}\nclass B {\n public void Other() { }\n}\n", [1] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ShapeMatchesOnlyWhereItShould(string shape, string language, string rule, string code, int[] expected)
    {
        var lines = EngineHarness.Lines(language, rule, code);
        Assert.True(expected.SequenceEqual(lines), $"{shape}: expected lines [{string.Join(",", expected)}], got [{string.Join(",", lines)}]");
    }
}

using Pairguard.Scanning;

namespace Pairguard.Tests.Rules;

/// <summary>Every pattern operator and pattern feature, with positive and negative cases, in each of the 8 languages.</summary>
public class PatternEngineTests
{
    public static TheoryData<string, string, string, int[]> Cases => new()
    {
        // ---- Python ----
        { Languages.Python, "pattern: $X + $X", "a = b + b\nc = b + d\n", [1] },
        { Languages.Python, "pattern: foo(..., $X, ...)", "foo()\nfoo(1)\nfoo(1, 2, 3)\nbar(1)\n", [2, 3] },
        { Languages.Python, "pattern: foo($X, ...)", "foo()\nfoo(1)\n", [2] },
        { Languages.Python, "pattern: f(b=2, a=1)", "f(a=1, b=2)\nf(a=1, b=3)\nf(a=1)\n", [1] },
        { Languages.Python, "pattern: f(a=1, ...)", "f(b=0, a=1, c=2)\nf(b=0)\n", [1] },
        { Languages.Python, "pattern: sink(<... $SRC ...>)", "sink(g(h(x)))\nsink(1)\n", [1, 2] },
        { Languages.Python, "patterns:\n  - pattern: sink(<... input() ...>)", "sink(g(h(input())))\nsink(g(1))\n", [1] },
        { Languages.Python, "pattern: log(\"...\")", "log('single')\nlog(\"double\")\nlog(f\"{x}\")\nlog(x)\n", [1, 2] },
        { Languages.Python, "pattern: log(f\"...\")", "log('plain')\nlog(f\"hi {x}\")\n", [2] },
        { Languages.Python, "pattern: log(\"hello\")", "log('hello')\nlog(\"hello\")\nlog(\"bye\")\n", [1, 2] },
        { Languages.Python, "pattern: foo((1 + 2))", "foo(1 + 2)\nfoo(1 +  # note\n 2)\n", [1, 2] },
        { Languages.Python, "pattern: |\n  $X = open(...)\n  ...\n  $X.close()", "f = open('a')\ndata = f.read()\nf.close()\ng = open('b')\n", [1] },
        { Languages.Python, "patterns:\n  - pattern: eval($X)\n  - pattern-not: eval(\"...\")", "eval(x)\neval('1+1')\n", [1] },
        { Languages.Python, "patterns:\n  - pattern: run($X)\n  - pattern-inside: |\n      def $F(...):\n          ...", "run(1)\ndef f():\n    run(2)\n", [3] },
        { Languages.Python, "patterns:\n  - pattern: run($X)\n  - pattern-not-inside: |\n      with lock:\n          ...", "with lock:\n    run(1)\nrun(2)\n", [3] },
        { Languages.Python, "patterns:\n  - pattern: $F($X)\n  - metavariable-regex:\n      metavariable: $F\n      regex: ^(md5|sha1)$", "md5(x)\nsha256(x)\nsha1(y)\n", [1, 3] },
        { Languages.Python, "patterns:\n  - pattern: rsa.generate($BITS)\n  - metavariable-comparison:\n      metavariable: $BITS\n      comparison: $BITS < 2048", "rsa.generate(1024)\nrsa.generate(4096)\n", [1] },
        { Languages.Python, "patterns:\n  - pattern: set_mode($M)\n  - metavariable-comparison:\n      comparison: $M == \"ecb\"", "set_mode('ecb')\nset_mode('gcm')\n", [1] },
        { Languages.Python, "patterns:\n  - pattern: exec($CODE)\n  - metavariable-pattern:\n      metavariable: $CODE\n      pattern: input(...)", "exec(input())\nexec(x)\n", [1] },
        { Languages.Python, "patterns:\n  - pattern: requests.get($URL, verify=$V)\n  - focus-metavariable: $V", "r = requests.get(u,\n    verify=False)\n", [2] },
        { Languages.Python, "pattern-regex: password\\s*=\\s*\"[^\"]+\"", "password = \"hunter2\"\nuser = \"bob\"\n", [1] },
        { Languages.Python, "patterns:\n  - pattern: print($X)\n  - pattern-not-regex: debug", "print(1)\nprint(debug)\n", [1] },
        { Languages.Python, "pattern-either:\n  - pattern: md5(...)\n  - pattern: sha1(...)", "md5(a)\nsha1(b)\nsha256(c)\n", [1, 2] },
        { Languages.Python, "pattern: $OBJ.execute($...ARGS)", "cur.execute(q, p)\nexecute(q)\n", [1] },

        // ---- JavaScript ----
        { Languages.JavaScript, "pattern: $X === $X", "if (a === a) {}\nif (a === b) {}\n", [1] },
        { Languages.JavaScript, "pattern: foo(..., $X, ...)", "foo();\nfoo(1, 2);\n", [2] },
        { Languages.JavaScript, "pattern: eval(<... req.query ...>)", "eval('x' + req.query.a);\neval('1');\n", [1] },
        { Languages.JavaScript, "pattern: res.send(\"...\")", "res.send('ok');\nres.send(`hi ${name}`);\nres.send(x);\n", [1] },
        { Languages.JavaScript, "pattern: res.send(`...`)", "res.send('ok');\nres.send(`hi ${name}`);\n", [2] },
        { Languages.JavaScript, "patterns:\n  - pattern: $DB.query($Q)\n  - pattern-not: $DB.query(\"...\")", "db.query('SELECT 1');\ndb.query(sql);\n", [2] },
        { Languages.JavaScript, "patterns:\n  - pattern: exec($C)\n  - pattern-inside: |\n      app.get($P, (req, res) => { ... })", "exec(a);\napp.get('/x', (req, res) => {\n  exec(b);\n});\n", [3] },
        { Languages.JavaScript, "patterns:\n  - pattern: crypto.createHash($ALG)\n  - metavariable-regex:\n      metavariable: $ALG\n      regex: ^['\"](md5|sha1)['\"]$", "crypto.createHash('md5');\ncrypto.createHash('sha256');\n", [1] },
        { Languages.JavaScript, "pattern: |\n  const $X = fs.readFileSync(...);\n  ...\n  res.send($X);", "const d = fs.readFileSync(p);\nlog(d);\nres.send(d);\nres.send(other);\n", [1] },

        // ---- TypeScript / TSX ----
        { Languages.TypeScript, "pattern: $X.innerHTML = $Y", "el.innerHTML = html;\nel.textContent = html;\n", [1] },
        { Languages.TypeScript, "patterns:\n  - pattern: jwt.verify($T, $K, $OPTS)\n  - metavariable-pattern:\n      metavariable: $OPTS\n      pattern: '{..., algorithms: [..., \"none\", ...], ...}'", "jwt.verify(t, k, { algorithms: ['none'] });\njwt.verify(t, k, { algorithms: ['RS256'] });\n", [1] },
        { Languages.Tsx, "pattern: <$EL dangerouslySetInnerHTML={$X} />", "const a = <div dangerouslySetInnerHTML={html} />;\nconst b = <div title={html} />;\n", [1] },

        // ---- Java ----
        { Languages.Java, "pattern: $X.equals($X)", "class A { void f() { a.equals(a); a.equals(b); } }\n", [1] },
        { Languages.Java, "patterns:\n  - pattern: Cipher.getInstance($ALG)\n  - metavariable-regex:\n      metavariable: $ALG\n      regex: .*ECB.*", "class A {\n  void f() {\n    Cipher.getInstance(\"AES/ECB/PKCS5Padding\");\n    Cipher.getInstance(\"AES/GCM/NoPadding\");\n  }\n}\n", [3] },
        { Languages.Java, "pattern: new Random(...)", "class A {\n  void f() {\n    Random r = new Random();\n    SecureRandom s = new SecureRandom();\n  }\n}\n", [3] },
        { Languages.Java, "patterns:\n  - pattern: $S.executeQuery($Q)\n  - pattern-not: $S.executeQuery(\"...\")", "class A {\n  void f() {\n    s.executeQuery(\"SELECT 1\");\n    s.executeQuery(q);\n  }\n}\n", [4] },
        { Languages.Java, "patterns:\n  - pattern: $K.initialize($N)\n  - metavariable-comparison:\n      metavariable: $N\n      comparison: $N < 2048", "class A {\n  void f() {\n    kpg.initialize(1024);\n    kpg.initialize(4096);\n  }\n}\n", [3] },

        // ---- C# ----
        { Languages.CSharp, "pattern: new BinaryFormatter()", "class A { void F() {\n var f = new BinaryFormatter();\n var g = new JsonSerializer();\n} }\n", [2] },
        { Languages.CSharp, "pattern: Html.Raw(...)", "class A { void F() {\n Html.Raw(x);\n Html.Encode(x);\n} }\n", [2] },
        { Languages.CSharp, "patterns:\n  - pattern: $H.ServerCertificateCustomValidationCallback = $CB\n  - metavariable-pattern:\n      metavariable: $CB\n      pattern: (...) => true", "class A { void F() {\n h.ServerCertificateCustomValidationCallback = (m, c, ch, e) => true;\n h.ServerCertificateCustomValidationCallback = Validate;\n} }\n", [2] },
        { Languages.CSharp, "pattern: $X == $X", "class A { bool F() {\n return a == a;\n} bool G() { return a == b; } }\n", [2] },

        // ---- Go ----
        { Languages.Go, "pattern: 'tls.Config{..., InsecureSkipVerify: true, ...}'", "package m\nvar c = &tls.Config{MinVersion: 1, InsecureSkipVerify: true}\nvar d = &tls.Config{MinVersion: 1}\n", [2] },
        { Languages.Go, "pattern: rand.Intn(...)", "package m\nfunc f() {\n  a := rand.Intn(10)\n  b := other.Intn(10)\n}\n", [3] },
        { Languages.Go, "patterns:\n  - pattern: exec.Command($CMD, ...)\n  - pattern-not: exec.Command(\"...\", ...)", "package m\nfunc f() {\n  exec.Command(\"ls\", \"-l\")\n  exec.Command(name)\n}\n", [4] },

        // ---- PHP ----
        { Languages.Php, "pattern: eval($X)", "<?php\neval($code);\nprint($code);\n", [2] },
        { Languages.Php, "pattern: echo $_GET[...];", "<?php\necho $_GET['q'];\necho 'hello';\n", [2] },
        { Languages.Php, "patterns:\n  - pattern: md5($X)\n  - pattern-inside: |\n      function $F(...) { ... }", "<?php\nmd5($a);\nfunction h($p) {\n  return md5($p);\n}\n", [4] },
        { Languages.Php, "pattern: unserialize(<... $_COOKIE ...>)", "<?php\nunserialize(base64_decode($_COOKIE['s']));\nunserialize($safe);\n", [2] },

        // ---- Ruby ----
        { Languages.Ruby, "pattern: Marshal.load(...)", "Marshal.load(data)\nJSON.parse(data)\n", [1] },
        { Languages.Ruby, "pattern: $X.html_safe", "name.html_safe\nname.strip\n", [1] },
        { Languages.Ruby, "pattern: 'foo(b: 2, a: 1)'", "foo(a: 1, b: 2)\nfoo(a: 1, b: 3)\n", [1] },
        { Languages.Ruby, "patterns:\n  - pattern: system($CMD)\n  - pattern-not: system(\"...\")", "system(\"ls\")\nsystem(cmd)\n", [2] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void PatternMatchesExactlyTheExpectedLines(string language, string rule, string code, int[] expected)
    {
        Assert.Equal(expected, EngineHarness.Lines(language, rule, code));
    }

    [Fact]
    public void MessageInterpolatesBoundMetavariables()
    {
        var f = Assert.Single(EngineHarness.Findings(Languages.Python, "pattern: hashlib.md5($X)", "h = hashlib.md5(password)\n"));
        Assert.Equal("found password", f.Message);
    }

    [Fact]
    public void CSharpDollarIsNotLostInPatterns()
    {
        // In C#, '$' starts an interpolated string; metavariables must still be rewritten before parsing.
        Assert.Equal([2], EngineHarness.Lines(Languages.CSharp, "pattern: $A + $B", "class A { int F() {\n return x + y;\n} }\n"));
    }
}

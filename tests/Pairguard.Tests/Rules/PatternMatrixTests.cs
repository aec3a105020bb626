using Pairguard.Scanning;

namespace Pairguard.Tests.Rules;

/// <summary>
/// The operator and pattern-feature matrix for the seven languages beside Python (whose rows are in <see cref="PatternEngineTests"/>):
/// every row has a line that must match and a line that must not.
/// </summary>
public class PatternMatrixTests
{
    public static TheoryData<string, string, string, string, int[]> Cases => new()
    {
        // ---- JavaScript ----
        { "js unify", Languages.JavaScript, "pattern: $X == $X", "a == a;\na == b;\n", [1] },
        { "js args ellipsis end", Languages.JavaScript, "pattern: foo($X, ...)", "foo();\nfoo(1, 2);\n", [2] },
        { "js args ellipsis start", Languages.JavaScript, "pattern: foo(..., $X)", "foo();\nfoo(1, 2);\n", [2] },
        { "js args metavariable sequence", Languages.JavaScript, "pattern: foo(1, $...REST)", "foo(1, 2, 3);\nfoo(2, 3);\n", [1] },
        { "js params ellipsis", Languages.JavaScript, "pattern: function $F(..., req, ...) { ... }", "function a(x, req) { }\nfunction b(x) { }\n", [1] },
        { "js array ellipsis", Languages.JavaScript, "pattern: '[..., \"none\", ...]'", "x = ['a', 'none'];\ny = ['a'];\n", [1] },
        { "js object ellipsis", Languages.JavaScript, "pattern: '{..., secure: false, ...}'", "a = { httpOnly: true, secure: false };\nb = { secure: true };\n", [1] },
        { "js statements ellipsis", Languages.JavaScript, "pattern: |\n  const $X = open();\n  ...\n  close($X);", "const f = open();\nuse(f);\nclose(f);\nconst g = open();\n", [1] },
        { "js any string", Languages.JavaScript, "pattern: log(\"...\")", "log('a');\nlog(\"b\");\nlog(x);\n", [1, 2] },
        { "js quote style", Languages.JavaScript, "pattern: log('hi')", "log(\"hi\");\nlog('bye');\n", [1] },
        { "js deep", Languages.JavaScript, "pattern: sink(<... req.body ...>)", "sink(wrap(req.body.x));\nsink(wrap(y));\n", [1] },
        { "js comments and parens", Languages.JavaScript, "pattern: foo(1 + 2)", "foo((1 + /* c */ 2));\nfoo(1 + 3);\n", [1] },
        { "js not", Languages.JavaScript, "patterns:\n  - pattern: run($X)\n  - pattern-not: run(\"...\")", "run('x');\nrun(y);\n", [2] },
        { "js inside", Languages.JavaScript, "patterns:\n  - pattern: run($X)\n  - pattern-inside: |\n      function $F(...) { ... }", "run(1);\nfunction f() {\n  run(2);\n}\n", [3] },
        { "js not inside", Languages.JavaScript, "patterns:\n  - pattern: run($X)\n  - pattern-not-inside: |\n      if (ok) { ... }", "if (ok) {\n  run(1);\n}\nrun(2);\n", [4] },
        { "js either", Languages.JavaScript, "pattern-either:\n  - pattern: md5(...)\n  - pattern: sha1(...)", "md5(a);\nsha1(b);\nsha256(c);\n", [1, 2] },
        { "js regex", Languages.JavaScript, "pattern-regex: password\\s*=\\s*'[^']+'", "password = 'x1';\nuser = 'bob';\n", [1] },
        { "js not regex", Languages.JavaScript, "patterns:\n  - pattern: log($X)\n  - pattern-not-regex: debug", "log(a);\nlog(debug);\n", [1] },
        { "js metavariable-regex", Languages.JavaScript, "patterns:\n  - pattern: $F($X)\n  - metavariable-regex:\n      metavariable: $F\n      regex: ^(md5|sha1)$", "md5(x);\nsha256(x);\n", [1] },
        { "js metavariable-pattern", Languages.JavaScript, "patterns:\n  - pattern: eval($C)\n  - metavariable-pattern:\n      metavariable: $C\n      pattern: req.query.$A", "eval(req.query.a);\neval(code);\n", [1] },
        { "js metavariable-comparison", Languages.JavaScript, "patterns:\n  - pattern: generateKeyPair($N)\n  - metavariable-comparison:\n      metavariable: $N\n      comparison: $N < 2048", "generateKeyPair(1024);\ngenerateKeyPair(4096);\n", [1] },
        { "js focus", Languages.JavaScript, "patterns:\n  - pattern: 'request($URL, {..., rejectUnauthorized: $V, ...})'\n  - focus-metavariable: $V", "request(u, {\n  rejectUnauthorized: false });\n", [2] },

        // ---- TypeScript ----
        { "ts unify", Languages.TypeScript, "pattern: $X === $X", "const a: boolean = b === b;\nconst c: boolean = b === d;\n", [1] },
        { "ts args ellipsis", Languages.TypeScript, "pattern: foo(..., $X, ...)", "foo();\nfoo<string>(1);\n", [2] },
        { "ts params ellipsis", Languages.TypeScript, "pattern: 'function $F(..., $P: Request, ...) { ... }'", "function a(x: number, r: Request) { }\nfunction b(x: number) { }\n", [1] },
        { "ts statements ellipsis", Languages.TypeScript, "pattern: |\n  const $X: string = read();\n  ...\n  send($X);", "const s: string = read();\nlog(s);\nsend(s);\nsend(t);\n", [1] },
        { "ts any string", Languages.TypeScript, "pattern: log(\"...\")", "log('a');\nlog(x as string);\n", [1] },
        { "ts deep", Languages.TypeScript, "pattern: sink(<... input ...>)", "sink(f(input as string));\nsink(f(other));\n", [1] },
        { "ts not", Languages.TypeScript, "patterns:\n  - pattern: $DB.query($Q)\n  - pattern-not: $DB.query(\"...\")", "db.query('SELECT 1');\ndb.query(sql);\n", [2] },
        { "ts inside", Languages.TypeScript, "patterns:\n  - pattern: run($X)\n  - pattern-inside: |\n      class $C { ... }", "run(1);\nclass A {\n  m() { run(2); }\n}\n", [3] },
        { "ts not inside", Languages.TypeScript, "patterns:\n  - pattern: run($X)\n  - pattern-not-inside: |\n      try { ... } catch ($E) { ... }", "try {\n  run(1);\n} catch (e) { }\nrun(2);\n", [4] },
        { "ts either", Languages.TypeScript, "pattern-either:\n  - pattern: Math.random()\n  - pattern: crypto.pseudoRandomBytes(...)", "const a = Math.random();\nconst b = crypto.randomBytes(8);\n", [1] },
        { "ts regex", Languages.TypeScript, "pattern-regex: apiKey\\s*[:=]", "const apiKey = k;\nconst user = u;\n", [1] },
        { "ts metavariable-regex", Languages.TypeScript, "patterns:\n  - pattern: createHash($A)\n  - metavariable-regex:\n      metavariable: $A\n      regex: ^['\"]md5['\"]$", "createHash('md5');\ncreateHash('sha256');\n", [1] },
        { "ts metavariable-comparison", Languages.TypeScript, "patterns:\n  - pattern: pbkdf2Sync($P, $S, $N, ...)\n  - metavariable-comparison:\n      metavariable: $N\n      comparison: $N < 100000", "pbkdf2Sync(p, s, 1000, 32, 'sha256');\npbkdf2Sync(p, s, 600000, 32, 'sha256');\n", [1] },
        { "ts focus", Languages.TypeScript, "patterns:\n  - pattern: res.redirect($URL)\n  - focus-metavariable: $URL", "res.redirect(\n  next);\n", [2] },
        { "ts not regex", Languages.TypeScript, "patterns:\n  - pattern: log($X)\n  - pattern-not-regex: debug", "log(a);\nlog(debug);\n", [1] },
        { "ts metavariable-pattern", Languages.TypeScript, "patterns:\n  - pattern: eval($C)\n  - metavariable-pattern:\n      metavariable: $C\n      pattern: req.query.$A", "eval(req.query.a);\neval(code);\n", [1] },
        { "ts unify negative across statements", Languages.TypeScript, "pattern: |\n  $X = read();\n  send($X);", "a = read();\nsend(a);\nb = read();\nsend(c);\n", [1] },
        { "tsx attribute", Languages.Tsx, "pattern: <$EL dangerouslySetInnerHTML={...} />", "const a = <div dangerouslySetInnerHTML={{ __html: h }} />;\nconst b = <div title={h} />;\n", [1] },

        // ---- Java ----
        { "java unify", Languages.Java, "pattern: $X.equals($X)", "class A { void f() {\n a.equals(a);\n a.equals(b);\n} }\n", [2] },
        { "java args ellipsis", Languages.Java, "pattern: foo(..., $X)", "class A { void f() {\n foo();\n foo(1, 2);\n} }\n", [3] },
        { "java args metavariable sequence", Languages.Java, "pattern: log(\"a\", $...REST)", "class A { void f() {\n log(\"a\", 1, 2);\n log(\"b\", 1);\n} }\n", [2] },
        { "java statements ellipsis", Languages.Java, "pattern: |\n  Statement $S = $C.createStatement();\n  ...\n  $S.execute($Q);", "class A { void f() {\n Statement s = c.createStatement();\n log(s);\n s.execute(q);\n t.execute(q);\n} }\n", [2] },
        { "java any string", Languages.Java, "pattern: log(\"...\")", "class A { void f() {\n log(\"a\");\n log(x);\n} }\n", [2] },
        { "java deep", Languages.Java, "pattern: exec(<... request.getParameter($P) ...>)", "class A { void f() {\n exec(\"ls \" + request.getParameter(\"d\"));\n exec(\"ls\");\n} }\n", [2] },
        { "java comments and parens", Languages.Java, "pattern: foo(1 + 2)", "class A { void f() {\n foo((1 /* c */ + 2));\n foo(1 + 3);\n} }\n", [2] },
        { "java inside", Languages.Java, "patterns:\n  - pattern: run($X)\n  - pattern-inside: |\n      if ($C) { ... }", "class A { void f() {\n run(1);\n if (ok) {\n  run(2);\n }\n} }\n", [4] },
        { "java not inside", Languages.Java, "patterns:\n  - pattern: run($X)\n  - pattern-not-inside: |\n      synchronized ($L) { ... }", "class A { void f() {\n synchronized (l) {\n  run(1);\n }\n run(2);\n} }\n", [5] },
        { "java either", Languages.Java, "pattern-either:\n  - pattern: MessageDigest.getInstance(\"MD5\")\n  - pattern: MessageDigest.getInstance(\"SHA-1\")", "class A { void f() {\n MessageDigest.getInstance(\"MD5\");\n MessageDigest.getInstance(\"SHA-256\");\n} }\n", [2] },
        { "java regex", Languages.Java, "pattern-regex: TrustAllCerts", "class TrustAllCerts {}\nclass Normal {}\n", [1] },
        { "java not regex", Languages.Java, "patterns:\n  - pattern: log($X)\n  - pattern-not-regex: debug", "class A { void f() {\n log(a);\n log(debug);\n} }\n", [2] },
        { "java metavariable-pattern", Languages.Java, "patterns:\n  - pattern: $S.executeQuery($Q)\n  - metavariable-pattern:\n      metavariable: $Q\n      pattern: $A + $B", "class A { void f() {\n s.executeQuery(\"a\" + b);\n s.executeQuery(q);\n} }\n", [2] },
        { "java focus", Languages.Java, "patterns:\n  - pattern: $C.setSecure($V)\n  - focus-metavariable: $V", "class A { void f() {\n c.setSecure(\n  false);\n} }\n", [3] },

        // ---- C# ----
        { "csharp unify", Languages.CSharp, "pattern: $X == $X", "class A { void F() {\n var x = a == a;\n var y = a == b;\n} }\n", [2] },
        { "csharp args ellipsis", Languages.CSharp, "pattern: Foo($X, ...)", "class A { void F() {\n Foo();\n Foo(1, 2);\n} }\n", [3] },
        { "csharp named args any order", Languages.CSharp, "pattern: 'Foo(b: 2, a: 1)'", "class A { void F() {\n Foo(a: 1, b: 2);\n Foo(a: 1, b: 3);\n} }\n", [2] },
        { "csharp args metavariable sequence", Languages.CSharp, "pattern: Log(\"a\", $...REST)", "class A { void F() {\n Log(\"a\", 1, 2);\n Log(\"b\", 1);\n} }\n", [2] },
        { "csharp statements ellipsis", Languages.CSharp, "pattern: |\n  var $C = new SqlCommand($Q, $CONN);\n  ...\n  $C.ExecuteReader();", "class A { void F() {\n var cmd = new SqlCommand(q, conn);\n Log(cmd);\n cmd.ExecuteReader();\n other.ExecuteReader();\n} }\n", [2] },
        { "csharp any string", Languages.CSharp, "pattern: Log(\"...\")", "class A { void F() {\n Log(\"a\");\n Log(x);\n} }\n", [2] },
        { "csharp interpolated string", Languages.CSharp, "pattern: Log($\"...\")", "class A { void F() {\n Log($\"a {b}\");\n Log(\"a\");\n} }\n", [2] },
        { "csharp deep", Languages.CSharp, "pattern: Process.Start(<... Request.Query[$K] ...>)", "class A { void F() {\n Process.Start(\"x\" + Request.Query[\"c\"]);\n Process.Start(\"ls\");\n} }\n", [2] },
        { "csharp comments and parens", Languages.CSharp, "pattern: Foo(1 + 2)", "class A { void F() {\n Foo((1 /* c */ + 2));\n Foo(1 + 3);\n} }\n", [2] },
        { "csharp not", Languages.CSharp, "patterns:\n  - pattern: new SqlCommand($Q, ...)\n  - pattern-not: new SqlCommand(\"...\", ...)", "class A { void F() {\n new SqlCommand(\"SELECT 1\", c);\n new SqlCommand(q, c);\n} }\n", [3] },
        { "csharp inside", Languages.CSharp, "patterns:\n  - pattern: Run($X)\n  - pattern-inside: |\n      if ($C) { ... }", "class A { void F() {\n Run(1);\n if (ok) {\n  Run(2);\n }\n} }\n", [4] },
        { "csharp not inside", Languages.CSharp, "patterns:\n  - pattern: Run($X)\n  - pattern-not-inside: |\n      lock ($L) { ... }", "class A { void F() {\n lock (l) {\n  Run(1);\n }\n Run(2);\n} }\n", [5] },
        { "csharp either", Languages.CSharp, "pattern-either:\n  - pattern: MD5.Create()\n  - pattern: SHA1.Create()", "class A { void F() {\n MD5.Create();\n SHA256.Create();\n} }\n", [2] },
        { "csharp regex", Languages.CSharp, "pattern-regex: Password=[^;\"]+", "class A { string c = \"Server=x;Password=p1\"; }\nclass B { string c = \"Server=x\"; }\n", [1] },
        { "csharp not regex", Languages.CSharp, "patterns:\n  - pattern: Log($X)\n  - pattern-not-regex: debug", "class A { void F() {\n Log(a);\n Log(debug);\n} }\n", [2] },
        { "csharp metavariable-regex", Languages.CSharp, "patterns:\n  - pattern: $T.Create()\n  - metavariable-regex:\n      metavariable: $T\n      regex: ^(MD5|SHA1)$", "class A { void F() {\n MD5.Create();\n SHA256.Create();\n} }\n", [2] },
        { "csharp metavariable-comparison", Languages.CSharp, "patterns:\n  - pattern: new RSACryptoServiceProvider($N)\n  - metavariable-comparison:\n      metavariable: $N\n      comparison: $N < 2048", "class A { void F() {\n new RSACryptoServiceProvider(1024);\n new RSACryptoServiceProvider(4096);\n} }\n", [2] },
        { "csharp focus", Languages.CSharp, "patterns:\n  - pattern: 'new CookieOptions { ..., Secure = $V, ... }'\n  - focus-metavariable: $V", "class A { void F() {\n var o = new CookieOptions { HttpOnly = true,\n  Secure = false };\n} }\n", [3] },

        // ---- Go ----
        { "go unify", Languages.Go, "pattern: $X == $X", "package m\nfunc f() {\n  _ = a == a\n  _ = a == b\n}\n", [3] },
        { "go args ellipsis", Languages.Go, "pattern: db.Query($Q, ...)", "package m\nfunc f() {\n  db.Query(q, a, b)\n  db.Ping()\n}\n", [3] },
        { "go args metavariable sequence", Languages.Go, "pattern: fmt.Sprintf(\"...\", $...ARGS)", "package m\nfunc f() {\n  fmt.Sprintf(\"%s\", a)\n  fmt.Sprint(a)\n}\n", [3] },
        { "go statements ellipsis", Languages.Go, "pattern: |\n  $Q := fmt.Sprintf(...)\n  ...\n  db.Query($Q)", "package m\nfunc f() {\n  q := fmt.Sprintf(\"%s\", a)\n  log(q)\n  db.Query(q)\n  db.Query(r)\n}\n", [3] },
        { "go any string", Languages.Go, "pattern: log(\"...\")", "package m\nfunc f() {\n  log(\"a\")\n  log(`b`)\n  log(x)\n}\n", [3, 4] },
        { "go deep", Languages.Go, "pattern: exec.Command(..., <... r.FormValue($K) ...>)", "package m\nfunc f() {\n  exec.Command(\"sh\", \"-c\", r.FormValue(\"c\"))\n  exec.Command(\"ls\")\n}\n", [3] },
        { "go comments and parens", Languages.Go, "pattern: foo(1 + 2)", "package m\nfunc f() {\n  foo((1 /* c */ + 2))\n  foo(1 + 3)\n}\n", [3] },
        { "go not", Languages.Go, "patterns:\n  - pattern: db.Query($Q, ...)\n  - pattern-not: db.Query(\"...\", ...)", "package m\nfunc f() {\n  db.Query(\"SELECT 1\")\n  db.Query(q)\n}\n", [4] },
        { "go inside", Languages.Go, "patterns:\n  - pattern: run($X)\n  - pattern-inside: |\n      if $C { ... }", "package m\nfunc f() {\n  run(1)\n  if ok {\n    run(2)\n  }\n}\n", [5] },
        { "go not inside", Languages.Go, "patterns:\n  - pattern: run($X)\n  - pattern-not-inside: |\n      for $C { ... }", "package m\nfunc f() {\n  for ok {\n    run(1)\n  }\n  run(2)\n}\n", [6] },
        { "go either", Languages.Go, "pattern-either:\n  - pattern: md5.New()\n  - pattern: sha1.New()", "package m\nfunc f() {\n  md5.New()\n  sha256.New()\n}\n", [3] },
        { "go regex", Languages.Go, "pattern-regex: InsecureSkipVerify:\\s*true", "package m\nvar a = tls.Config{InsecureSkipVerify: true}\nvar b = tls.Config{}\n", [2] },
        { "go not regex", Languages.Go, "patterns:\n  - pattern: log($X)\n  - pattern-not-regex: debug", "package m\nfunc f() {\n  log(a)\n  log(debug)\n}\n", [3] },
        { "go metavariable-regex", Languages.Go, "patterns:\n  - pattern: $P.New()\n  - metavariable-regex:\n      metavariable: $P\n      regex: ^(md5|sha1)$", "package m\nfunc f() {\n  md5.New()\n  sha256.New()\n}\n", [3] },
        { "go metavariable-pattern", Languages.Go, "patterns:\n  - pattern: db.Query($Q)\n  - metavariable-pattern:\n      metavariable: $Q\n      pattern: fmt.Sprintf(...)", "package m\nfunc f() {\n  db.Query(fmt.Sprintf(\"%s\", a))\n  db.Query(q)\n}\n", [3] },
        { "go metavariable-comparison", Languages.Go, "patterns:\n  - pattern: rsa.GenerateKey($R, $N)\n  - metavariable-comparison:\n      metavariable: $N\n      comparison: $N < 2048", "package m\nfunc f() {\n  rsa.GenerateKey(r, 1024)\n  rsa.GenerateKey(r, 4096)\n}\n", [3] },
        { "go focus", Languages.Go, "patterns:\n  - pattern: 'tls.Config{..., InsecureSkipVerify: $V, ...}'\n  - focus-metavariable: $V", "package m\nvar c = tls.Config{MinVersion: 1,\n  InsecureSkipVerify: true}\n", [3] },

        // ---- PHP ----
        { "php unify", Languages.Php, "pattern: $X == $X", "<?php\n$r = $a == $a;\n$s = $a == $b;\n", [2] },
        { "php args ellipsis", Languages.Php, "pattern: foo(..., $X)", "<?php\nfoo();\nfoo(1, 2);\n", [3] },
        { "php named args any order", Languages.Php, "pattern: 'foo(b: 2, a: 1)'", "<?php\nfoo(a: 1, b: 2);\nfoo(a: 1, b: 3);\n", [2] },
        { "php args metavariable sequence", Languages.Php, "pattern: log(\"a\", $...REST)", "<?php\nlog('a', 1, 2);\nlog('b', 1);\n", [2] },
        { "php array ellipsis", Languages.Php, "pattern: '[..., \"verify_peer\" => false, ...]'", "<?php\n$o = ['a' => 1, 'verify_peer' => false];\n$p = ['verify_peer' => true];\n", [2] },
        { "php statements ellipsis", Languages.Php, "pattern: |\n  $Q = \"...\" . $V;\n  ...\n  mysqli_query($C, $Q);", "<?php\n$q = 'SELECT ' . $id;\nlog($q);\nmysqli_query($c, $q);\nmysqli_query($c, $r);\n", [2] },
        { "php any string", Languages.Php, "pattern: log(\"...\")", "<?php\nlog('a');\nlog(\"b\");\nlog($x);\n", [2, 3] },
        { "php deep", Languages.Php, "pattern: system(<... $_GET[$K] ...>)", "<?php\nsystem('ls ' . trim($_GET['d']));\nsystem('ls');\n", [2] },
        { "php comments and parens", Languages.Php, "pattern: foo(1 + 2)", "<?php\nfoo((1 /* c */ + 2));\nfoo(1 + 3);\n", [2] },
        { "php not", Languages.Php, "patterns:\n  - pattern: mysqli_query($C, $Q)\n  - pattern-not: mysqli_query($C, \"...\")", "<?php\nmysqli_query($c, 'SELECT 1');\nmysqli_query($c, $q);\n", [3] },
        { "php inside", Languages.Php, "patterns:\n  - pattern: run($X)\n  - pattern-inside: |\n      function $F(...) { ... }", "<?php\nrun(1);\nfunction f() {\n  run(2);\n}\n", [4] },
        { "php not inside", Languages.Php, "patterns:\n  - pattern: run($X)\n  - pattern-not-inside: |\n      if ($C) { ... }", "<?php\nif ($ok) {\n  run(1);\n}\nrun(2);\n", [5] },
        { "php either", Languages.Php, "pattern-either:\n  - pattern: md5(...)\n  - pattern: sha1(...)", "<?php\nmd5($a);\nsha1($b);\nhash('sha256', $c);\n", [2, 3] },
        { "php regex", Languages.Php, "pattern-regex: VERIFYPEER,\\s*false", "<?php\ncurl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false);\ncurl_setopt($ch, CURLOPT_URL, $u);\n", [2] },
        { "php not regex", Languages.Php, "patterns:\n  - pattern: log($X)\n  - pattern-not-regex: debug", "<?php\nlog($a);\nlog($debug);\n", [2] },
        { "php metavariable-regex", Languages.Php, "patterns:\n  - pattern: $F($X)\n  - metavariable-regex:\n      metavariable: $F\n      regex: ^(md5|sha1)$", "<?php\nmd5($x);\nstrlen($x);\n", [2] },
        { "php metavariable-pattern", Languages.Php, "patterns:\n  - pattern: eval($C)\n  - metavariable-pattern:\n      metavariable: $C\n      pattern: $_POST[...]", "<?php\neval($_POST['c']);\neval($code);\n", [2] },
        { "php metavariable-comparison", Languages.Php, "patterns:\n  - pattern: openssl_pkey_new(['private_key_bits' => $N])\n  - metavariable-comparison:\n      metavariable: $N\n      comparison: $N < 2048", "<?php\nopenssl_pkey_new(['private_key_bits' => 1024]);\nopenssl_pkey_new(['private_key_bits' => 4096]);\n", [2] },
        { "php focus", Languages.Php, "patterns:\n  - pattern: curl_setopt($H, CURLOPT_SSL_VERIFYPEER, $V)\n  - focus-metavariable: $V", "<?php\ncurl_setopt($ch, CURLOPT_SSL_VERIFYPEER,\n  false);\n", [3] },

        // ---- Ruby ----
        { "ruby unify", Languages.Ruby, "pattern: $X == $X", "r = a == a\ns = a == b\n", [1] },
        { "ruby args ellipsis", Languages.Ruby, "pattern: foo($X, ...)", "foo()\nfoo(1, 2)\n", [2] },
        { "ruby args metavariable sequence", Languages.Ruby, "pattern: log(\"a\", $...REST)", "log('a', 1, 2)\nlog('b', 1)\n", [1] },
        { "ruby hash ellipsis", Languages.Ruby, "pattern: 'cookies[$K] = {..., httponly: false, ...}'", "cookies[:a] = { value: v, httponly: false }\ncookies[:b] = { value: v, httponly: true }\n", [1] },
        { "ruby statements ellipsis", Languages.Ruby, "pattern: |\n  $Q = \"...\"\n  ...\n  exec_query($Q)", "q = 'SELECT 1'\nlog(q)\nexec_query(q)\nexec_query(r)\n", [1] },
        { "ruby any string", Languages.Ruby, "pattern: log(\"...\")", "log('a')\nlog(\"b\")\nlog(x)\n", [1, 2] },
        { "ruby deep", Languages.Ruby, "pattern: system(<... params[$K] ...>)", "system(\"ls \" + params[:d].to_s)\nsystem(\"ls\")\n", [1] },
        { "ruby comments and parens", Languages.Ruby, "pattern: foo(1 + 2)", "foo((1 + 2))\nfoo(1 + 3)\n", [1] },
        { "ruby not", Languages.Ruby, "patterns:\n  - pattern: system($C)\n  - pattern-not: system(\"...\")", "system('ls')\nsystem(cmd)\n", [2] },
        { "ruby keyword args any order", Languages.Ruby, "pattern: 'foo(b: 2, a: 1)'", "foo(a: 1, b: 2)\nfoo(a: 1, b: 3)\n", [1] },
        { "ruby inside", Languages.Ruby, "patterns:\n  - pattern: run($X)\n  - pattern-inside: |\n      def $M(...)\n        ...\n      end", "run(1)\ndef f\n  run(2)\nend\n", [3] },
        { "ruby not inside", Languages.Ruby, "patterns:\n  - pattern: run($X)\n  - pattern-not-inside: |\n      if $C\n        ...\n      end", "if ok\n  run(1)\nend\nrun(2)\n", [4] },
        { "ruby either", Languages.Ruby, "pattern-either:\n  - pattern: Digest::MD5.hexdigest(...)\n  - pattern: Digest::SHA1.hexdigest(...)", "Digest::MD5.hexdigest(a)\nDigest::SHA256.hexdigest(b)\n", [1] },
        { "ruby regex", Languages.Ruby, "pattern-regex: VERIFY_NONE", "http.verify_mode = OpenSSL::SSL::VERIFY_NONE\nhttp.verify_mode = OpenSSL::SSL::VERIFY_PEER\n", [1] },
        { "ruby not regex", Languages.Ruby, "patterns:\n  - pattern: log($X)\n  - pattern-not-regex: debug", "log(a)\nlog(debug)\n", [1] },
        { "ruby metavariable-regex", Languages.Ruby, "patterns:\n  - pattern: Digest::$H.hexdigest($X)\n  - metavariable-regex:\n      metavariable: $H\n      regex: ^(MD5|SHA1)$", "Digest::MD5.hexdigest(x)\nDigest::SHA256.hexdigest(x)\n", [1] },
        { "ruby metavariable-pattern", Languages.Ruby, "patterns:\n  - pattern: eval($C)\n  - metavariable-pattern:\n      metavariable: $C\n      pattern: params[...]", "eval(params[:c])\neval(code)\n", [1] },
        { "ruby metavariable-comparison", Languages.Ruby, "patterns:\n  - pattern: OpenSSL::PKey::RSA.new($N)\n  - metavariable-comparison:\n      metavariable: $N\n      comparison: $N < 2048", "OpenSSL::PKey::RSA.new(1024)\nOpenSSL::PKey::RSA.new(4096)\n", [1] },
        { "ruby focus", Languages.Ruby, "patterns:\n  - pattern: 'JWT.decode($T, $K, $V, ...)'\n  - focus-metavariable: $V", "JWT.decode(t, k,\n  false)\n", [2] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void FeatureMatchesOnlyWhereItShould(string feature, string language, string rule, string code, int[] expected) =>
        Assert.True(expected.SequenceEqual(EngineHarness.Lines(language, rule, code)), $"{feature}: expected lines [{string.Join(",", expected)}], got [{string.Join(",", EngineHarness.Lines(language, rule, code))}]");
}

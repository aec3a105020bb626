using System.Text;

namespace Pairguard.Tests.Secrets;

public class LookalikeTests
{
    public static TheoryData<string, string> Lookalikes()
    {
        var rng = new Random(42);
        var png = new byte[600];
        rng.NextBytes(png);
        "\u0089PNG\r\n\u001a\n"u8.ToArray().CopyTo(png, 0);
        var sha512 = Convert.ToBase64String(System.Security.Cryptography.SHA512.HashData(Encoding.UTF8.GetBytes("left-pad")));
        var sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes("x")));
        var sha1 = Convert.ToHexStringLower(System.Security.Cryptography.SHA1.HashData(Encoding.UTF8.GetBytes("x")));
        return new TheoryData<string, string>
        {
            { "package-lock.json", $"{{\n  \"packages\": {{\n    \"node_modules/left-pad\": {{\n      \"version\": \"1.3.0\",\n      \"resolved\": \"https://example.invalid/left-pad/-/left-pad-1.3.0.tgz\",\n      \"integrity\": \"sha512-{sha512}\"\n    }}\n  }}\n}}\n" },
            { "yarn.lock", $"left-pad@^1.3.0:\n  version \"1.3.0\"\n  integrity sha512-{sha512}\n" },
            { "go.sum", $"golang.org/x/text v0.3.0 h1:{sha512[..43]}=\n" },
            { "ids.py", $"REQUEST_ID = \"{Guid.NewGuid()}\"\nCOMMIT = \"{sha1}\"\nDIGEST = \"{sha256}\"\n" },
            { "logo.css", $".logo {{ background: url(data:image/png;base64,{Convert.ToBase64String(png)}); }}\n" },
            { "app.min.js", "!function(e){var t={};function n(r){if(t[r])return t[r].exports;var o=t[r]={i:r,l:!1,exports:{}};return e[r].call(o.exports,o,o.exports,n),o.l=!0,o.exports}n.m=e,n.c=t,n.d=function(e,t,r){n.o(e,t)||Object.defineProperty(e,t,{enumerable:!0,get:r})},n.token=function(e){return e.accessToken||e.refreshToken},n.p=\"\"}([]);var passwordField=document.getElementById(\"password\"),tokenInput=e.target.value;\n" },
            { "settings.py", "import os\nSECRET_KEY = os.environ[\"SECRET_KEY\"]\nDB_PASSWORD = os.getenv(\"DB_PASSWORD\", \"\")\nAPI_KEY = config(\"API_KEY\")\n" },
            { "config.js", "const apiKey = process.env.OPENAI_API_KEY;\nconst token = req.headers.authorization;\nconst password = form.password.value;\n" },
            { "docker-compose.yml", "services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}\n      DATABASE_URL: postgres://app:${DB_PASSWORD}@db:5432/app\n" },
            { "values.yaml", "auth:\n  token: {{ .Values.token }}\n  password: \"<your-password>\"\n  apiKey: \"your_api_key_here\"\n  secret: changeme\n" },
            { ".env.example", "OPENAI_API_KEY=sk-...\nSTRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\nGITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nDATABASE_URL=postgres://user:password@localhost:5432/db\n" },
            { "README.md", "Set `OPENAI_API_KEY=<your key>` and run `export GITHUB_TOKEN=$(gh auth token)`.\nThe password must be at least 12 characters.\n" },
            { "i18n/en.json", "{\n  \"auth.password.label\": \"Password\",\n  \"auth.token.expired\": \"Your session token expired\",\n  \"password_hint\": \"At least 8 characters\"\n}\n" },
            { "Login.cs", "public string Password { get; set; }\nvar hash = BCrypt.HashPassword(password);\nif (token == null) throw new ArgumentNullException(nameof(token));\n" },
            { "author.json", "{ \"author\": \"Jane Doe <jane@example.invalid>\", \"token_url\": \"https://auth.example.invalid/oauth/token\" }\n" },
            { "ci.yml", "env:\n  DATABASE_URL: postgres://postgres:postgres@localhost:5432\n  AMQP: amqp://guest:guest@localhost:5672\n# DATABASE_URL=\"mysql://myuser:mypass@localhost/app\"\n# url = postgresql://foo:bar@localhost:9000/foo_test\n" },
            { "routes.rb", "put \"/disk/:encoded_token\" => \"active_storage/disk#update\"\nget \"/passwords\" => \"queenbee#passwords\"\n" },
            { "user_test.rb", "user.recovery_password = \"42password\"\nconfig.api_token = \"my_api_token_1\"\n" },
            { "test_fixture.py", "ghp = \"ghp_" + "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"\nkey = \"AKIA" + "XXXXXXXXXXXXXXXX\"\n" },
        };
    }

    [Theory]
    [MemberData(nameof(Lookalikes))]
    public void Look_alikes_are_not_secrets(string path, string text)
    {
        var matches = SecretTestScan.Matches(path, text);

        Assert.True(matches.Count == 0, $"{path}: {string.Join("; ", matches.Select(m => $"{m.Detector.Id} '{m.Secret}'"))}");
    }
}

using Pairguard.Scanning;

namespace Pairguard.Tests.Secrets;

public class ScenarioTests
{
    [Fact]
    public void The_issue_examples_are_found()
    {
        var url = SecretTestScan.Scan("db.py", "DATABASE_URL = \"postgres://admin:password123@localhost/db\"\n");
        var key = SecretTestScan.Scan("client.js", "const apiKey = \"sk-abc123xyz\";\n");

        Assert.Equal("secrets.postgres.url-password", Assert.Single(url).RuleId);
        Assert.Equal("secrets.generic.assignment", Assert.Single(key).RuleId);
    }

    [Theory]
    [InlineData(".env", "DB_PASSWORD=Vq7pLx2mZ9wK4rT8\n")]
    [InlineData("Dockerfile", "FROM alpine\nENV API_TOKEN=Vq7pLx2mZ9wK4rT8\n")]
    [InlineData("Dockerfile", "FROM alpine\nENV API_TOKEN Vq7pLx2mZ9wK4rT8\n")]
    [InlineData("deploy.sh", "#!/bin/sh\nexport SERVICE_SECRET=Vq7pLx2mZ9wK4rT8\n")]
    [InlineData("app.yml", "db:\n  password: Vq7pLx2mZ9wK4rT8\n")]
    [InlineData("app.properties", "spring.datasource.password=Vq7pLx2mZ9wK4rT8\n")]
    [InlineData("settings.ini", "[db]\npassword = Vq7pLx2mZ9wK4rT8\n")]
    [InlineData("config.toml", "[db]\npassword = \"Vq7pLx2mZ9wK4rT8\"\n")]
    [InlineData("Web.config", "<appSettings>\n  <add key=\"ApiKey\" value=\"Vq7pLx2mZ9wK4rT8\" />\n</appSettings>\n")]
    [InlineData("settings.xml", "<settings><password>Vq7pLx2mZ9wK4rT8</password></settings>\n")]
    [InlineData("config.json", "{ \"clientSecret\": \"Vq7pLx2mZ9wK4rT8\" }\n")]
    [InlineData("app.py", "client = Client(api_key=\"Vq7pLx2mZ9wK4rT8\")\n")]
    [InlineData("App.java", "ds.setPassword(\"Vq7pLx2mZ9wK4rT8\");\n")]
    public void Generic_detection_in_code_and_config(string path, string text)
    {
        var f = Assert.Single(SecretTestScan.Scan(path, text));

        Assert.StartsWith("secrets.", f.RuleId, StringComparison.Ordinal);
        Assert.Equal("Generic", f.Properties["provider"]);
        Assert.True(f.Severity <= Severity.Medium);
    }

    [Fact]
    public void One_secret_found_by_several_detectors_is_reported_once_by_the_most_specific()
    {
        var token = SecretFixtures.ChecksummedToken(new Random(2), "ghp_");
        var text = $"GITHUB_TOKEN = \"{token}\"\n";

        var f = Assert.Single(SecretTestScan.Scan("ci.py", text));

        Assert.Equal("secrets.github.pat-classic", f.RuleId);
        Assert.Equal(Severity.Critical, f.Severity);
        Assert.Equal(Confidence.High, f.Confidence);
        Assert.Equal("CRC32 checksum", f.Properties["validation"]);
    }

    [Fact]
    public void Connection_strings_and_urls_in_any_scheme()
    {
        var text = "a = \"mongodb+srv://svc:Zt8qLm2VxP4w@cluster0.example.invalid/app\"\n"
            + "b = \"amqp://worker:Hq7vN2xLp9Rt@mq.internal:5672/\"\n"
            + "c = \"Server=db.internal;Database=app;User Id=sa;Password=Qw8vN2xLp9Rt;\"\n"
            + "d = \"jdbc:mysql://db.internal:3306/app?user=app&password=Lp9RtQw8vN2x\"\n"
            + "e = \"foo+bar://u:Mn3bV8cX1zLk@host.internal\"\n";

        var ids = SecretTestScan.Scan("conn.py", text).Select(f => f.RuleId).ToList();

        Assert.Equal(["secrets.mongodb.url-password", "secrets.amqp.url-password", "secrets.connection-string.password", "secrets.jdbc.password", "secrets.url.embedded-password"], ids);
    }

    [Fact]
    public void A_huge_minified_line_with_many_keywords_is_scanned_without_blowing_up()
    {
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < 20000; i++)
        {
            sb.Append("var token").Append(i).Append("=e.password||n.secret;");
        }

        var text = sb.ToString() + "var k=\"" + SecretFixtures.ChecksummedToken(new Random(1), "ghp_") + "\";";

        var matches = SecretTestScan.Matches("bundle.min.js", text);

        Assert.Single(matches, m => m.Detector.Id == "secrets.github.pat-classic");
    }
}

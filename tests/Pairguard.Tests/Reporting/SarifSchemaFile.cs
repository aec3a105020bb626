using NJsonSchema;

namespace Pairguard.Tests.Reporting;

/// <summary>The SARIF 2.1.0 JSON schema that the test build fetched from its npm package (see SarifSchema.targets), loaded once.</summary>
internal static class SarifSchemaFile
{
    private static readonly Lazy<JsonSchema> Loaded = new(Load);

    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "sarif-schema", "sarif-2.1.0-rtm.5.json");

    public static JsonSchema Schema => Loaded.Value;

    private static JsonSchema Load()
    {
        if (!File.Exists(Path))
        {
            throw new FileNotFoundException($"SARIF schema not found at {Path}: the test build fetches it with npm pack (Reporting/SarifSchema.targets); run dotnet build with npm available.");
        }

        return JsonSchema.FromJsonAsync(File.ReadAllText(Path)).GetAwaiter().GetResult();
    }
}

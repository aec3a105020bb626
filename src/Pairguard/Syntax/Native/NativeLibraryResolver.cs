using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Pairguard.Syntax.Native;

/// <summary>Finds and loads libpairguard-treesitter.so from the tool's own folder (or the path in an environment variable).</summary>
internal static class NativeLibraryResolver
{
    /// <summary>Environment variable naming the shared library to load instead of the one next to the assemblies.</summary>
    public const string OverrideVariable = "PAIRGUARD_TREESITTER_LIB";

    /// <summary>File name of the shared library built by native/build.sh.</summary>
    public const string FileName = "libpairguard-treesitter.so";

    private static readonly Lazy<(nint Handle, string? Error)> Loaded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

#pragma warning disable CA2255 // a module initializer is the documented way to install a DllImport resolver before the first P/Invoke
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Register() => NativeLibrary.SetDllImportResolver(typeof(NativeLibraryResolver).Assembly, Resolve);

    /// <summary>The loaded library's handle; throws <see cref="SyntaxUnavailableException"/> when it cannot be loaded.</summary>
    public static nint Handle
    {
        get
        {
            var (handle, error) = Loaded.Value;
            return handle != 0 ? handle : throw new SyntaxUnavailableException(error ?? "the tree-sitter library could not be loaded");
        }
    }

    /// <summary>True when the library is loaded (or can be).</summary>
    public static bool IsAvailable => Loaded.Value.Handle != 0;

    /// <summary>Why the library could not be loaded, or null.</summary>
    public static string? LoadError => Loaded.Value.Error;

    private static nint Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath) =>
        libraryName == TreeSitterApi.Library ? Handle : 0;

    private static (nint, string?) Load()
    {
        var candidates = new List<string>();
        var fromEnv = Environment.GetEnvironmentVariable(OverrideVariable);
        if (!string.IsNullOrWhiteSpace(fromEnv))
        {
            candidates.Add(fromEnv);
        }

        candidates.Add(Path.Combine(AppContext.BaseDirectory, FileName));
        var assemblyDir = Path.GetDirectoryName(typeof(NativeLibraryResolver).Assembly.Location);
        if (!string.IsNullOrEmpty(assemblyDir))
        {
            candidates.Add(Path.Combine(assemblyDir, FileName));
        }

        var tried = new List<string>();
        foreach (var path in candidates.Distinct(StringComparer.Ordinal))
        {
            if (!File.Exists(path))
            {
                tried.Add(path + " (not found)");
                continue;
            }

            if (NativeLibrary.TryLoad(path, out var handle))
            {
                return (handle, null);
            }

            tried.Add(path + " (could not be loaded)");
        }

        return (0, $"{FileName} is missing: tried {string.Join(", ", tried)}. It is built by `dotnet build` (which needs gcc, make and npm); " +
                   $"set {OverrideVariable} to use another copy.");
    }
}

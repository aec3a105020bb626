using System.Text.Json;
using Microsoft.Data.Sqlite;
using Pairguard.Dependencies.Registries;

namespace Pairguard.Dependencies.Cache;

/// <summary>Registry answers cached in SQLite, keyed by endpoint and package: "not found" answers for 24 hours, metadata of existing packages for 7 days. Safe under concurrent runs (WAL, busy timeout); a corrupt file is rebuilt.</summary>
public sealed class MetadataCache : IDisposable
{
    /// <summary>Environment variable that overrides the cache directory.</summary>
    public const string DirectoryVariable = "PAIRGUARD_CACHE_DIR";

    /// <summary>How long "does not exist" is trusted.</summary>
    public static readonly TimeSpan ExistenceTtl = TimeSpan.FromHours(24);

    /// <summary>How long the metadata of an existing package is trusted.</summary>
    public static readonly TimeSpan MetadataTtl = TimeSpan.FromDays(7);

    private const int SchemaVersion = 1;
    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };
    private readonly TimeProvider _clock;
    private readonly object _gate = new();
    private SqliteConnection _connection;

    private MetadataCache(string path, SqliteConnection connection, TimeProvider clock)
    {
        FilePath = path;
        _connection = connection;
        _clock = clock;
    }

    /// <summary>The database file.</summary>
    public string FilePath { get; }

    /// <summary>True when the file was found corrupt and rebuilt on open.</summary>
    public bool Rebuilt { get; private set; }

    /// <summary>The default cache directory: <c>$PAIRGUARD_CACHE_DIR</c>, else <c>$XDG_CACHE_HOME/pairguard</c>, else <c>~/.cache/pairguard</c> (the local application data folder on Windows).</summary>
    public static string DefaultDirectory(Func<string, string?>? env = null)
    {
        env ??= Environment.GetEnvironmentVariable;
        if (env(DirectoryVariable) is { Length: > 0 } explicitDir)
        {
            return explicitDir;
        }

        if (env("XDG_CACHE_HOME") is { Length: > 0 } xdg)
        {
            return Path.Combine(xdg, "pairguard");
        }

        if (OperatingSystem.IsWindows())
        {
            return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "pairguard", "cache");
        }

        return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "pairguard");
    }

    /// <summary>Opens (creating, or rebuilding when corrupt) the cache in a directory.</summary>
    public static MetadataCache Open(string directory, TimeProvider? clock = null)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "registry-cache.sqlite");
        try
        {
            return new MetadataCache(path, Connect(path), clock ?? TimeProvider.System);
        }
        catch (SqliteException)
        {
            SqliteConnection.ClearAllPools();
            foreach (var f in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(f);
            }

            return new MetadataCache(path, Connect(path), clock ?? TimeProvider.System) { Rebuilt = true };
        }
    }

    /// <summary>A cached answer still within its TTL, or null.</summary>
    public RegistryLookup? Get(string endpoint, string ecosystem, string name)
    {
        lock (_gate)
        {
            try
            {
                using var cmd = _connection.CreateCommand();
                cmd.CommandText = "SELECT status, fetched_at, metadata FROM entries WHERE endpoint = $e AND ecosystem = $k AND name = $n";
                cmd.Parameters.AddWithValue("$e", endpoint);
                cmd.Parameters.AddWithValue("$k", ecosystem);
                cmd.Parameters.AddWithValue("$n", name);
                using var reader = cmd.ExecuteReader();
                if (!reader.Read())
                {
                    return null;
                }

                var status = (LookupStatus)reader.GetInt32(0);
                var fetched = DateTimeOffset.FromUnixTimeSeconds(reader.GetInt64(1));
                var age = _clock.GetUtcNow() - fetched;
                if (status == LookupStatus.NotFound)
                {
                    return age < ExistenceTtl ? RegistryLookup.Missing : null;
                }

                if (age >= MetadataTtl || reader.IsDBNull(2))
                {
                    return null;
                }

                var info = JsonSerializer.Deserialize<PackageInfo>(reader.GetString(2), Json);
                return info is null ? null : RegistryLookup.Of(info);
            }
            catch (Exception e) when (e is SqliteException or JsonException or NotSupportedException)
            {
                if (e is SqliteException s && IsCorruption(s))
                {
                    Recover();
                }

                return null;
            }
        }
    }

    /// <summary>Stores a found or not-found answer (errors are never cached).</summary>
    public void Put(string endpoint, string ecosystem, string name, RegistryLookup lookup)
    {
        if (lookup.Status == LookupStatus.Error)
        {
            return;
        }

        lock (_gate)
        {
            try
            {
                using var cmd = _connection.CreateCommand();
                cmd.CommandText = """
                    INSERT INTO entries (endpoint, ecosystem, name, status, fetched_at, metadata) VALUES ($e, $k, $n, $s, $t, $m)
                    ON CONFLICT (endpoint, ecosystem, name) DO UPDATE SET status = excluded.status, fetched_at = excluded.fetched_at, metadata = excluded.metadata
                    """;
                cmd.Parameters.AddWithValue("$e", endpoint);
                cmd.Parameters.AddWithValue("$k", ecosystem);
                cmd.Parameters.AddWithValue("$n", name);
                cmd.Parameters.AddWithValue("$s", (int)lookup.Status);
                cmd.Parameters.AddWithValue("$t", _clock.GetUtcNow().ToUnixTimeSeconds());
                cmd.Parameters.AddWithValue("$m", lookup.Package is null ? DBNull.Value : JsonSerializer.Serialize(lookup.Package, Json));
                cmd.ExecuteNonQuery();
            }
            catch (SqliteException e)
            {
                if (IsCorruption(e))
                {
                    Recover();
                }
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _connection.Dispose();
        }
    }

    private static SqliteConnection Connect(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false, DefaultTimeout = 30 }.ToString());
        try
        {
            connection.Open();
            using var cmd = connection.CreateCommand();
            cmd.CommandText = $"""
                PRAGMA busy_timeout = 10000;
                PRAGMA journal_mode = WAL;
                PRAGMA synchronous = NORMAL;
                CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                CREATE TABLE IF NOT EXISTS entries (
                    endpoint TEXT NOT NULL, ecosystem TEXT NOT NULL, name TEXT NOT NULL,
                    status INTEGER NOT NULL, fetched_at INTEGER NOT NULL, metadata TEXT,
                    PRIMARY KEY (endpoint, ecosystem, name));
                INSERT OR IGNORE INTO meta (key, value) VALUES ('schema', '{SchemaVersion}');
                """;
            cmd.ExecuteNonQuery();
            using var check = connection.CreateCommand();
            check.CommandText = "SELECT value FROM meta WHERE key = 'schema'";
            if (check.ExecuteScalar() as string != SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                using var reset = connection.CreateCommand();
                reset.CommandText = $"DELETE FROM entries; UPDATE meta SET value = '{SchemaVersion}' WHERE key = 'schema';";
                reset.ExecuteNonQuery();
            }

            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static bool IsCorruption(SqliteException e) => e.SqliteErrorCode is 11 or 26;

    private void Recover()
    {
        _connection.Dispose();
        SqliteConnection.ClearAllPools();
        foreach (var f in new[] { FilePath, FilePath + "-wal", FilePath + "-shm" })
        {
            try
            {
                File.Delete(f);
            }
            catch (IOException)
            {
            }
        }

        _connection = Connect(FilePath);
        Rebuilt = true;
    }
}

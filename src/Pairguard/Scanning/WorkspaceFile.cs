namespace Pairguard.Scanning;

/// <summary>A file that discovery accepted: its path relative to the scan root, absolute path and size; optionally in-memory content (git index, stdin).</summary>
public sealed record WorkspaceFile(string RelativePath, string FullPath, long SizeBytes)
{
    /// <summary>Content to analyze instead of reading <see cref="FullPath"/> (staged blobs, snippets); null to read from disk.</summary>
    public byte[]? Content { get; init; }

    /// <summary>A file whose content is held in memory.</summary>
    public static WorkspaceFile InMemory(string relativePath, byte[] content) => new(relativePath, "", content.LongLength) { Content = content };
}

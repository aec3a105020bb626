using System.Text;
using Pairguard.Scanning;

namespace Pairguard.Tests.Scanning;

public class FileLoaderTests
{
    private static (SourceFile? File, List<Diagnostic> Diagnostics) Load(TempTree tree, string relative, long max = ScanRequest.DefaultMaxFileSize)
    {
        var full = tree.PathOf(relative);
        var diagnostics = new List<Diagnostic>();
        var size = File.Exists(full) ? new FileInfo(full).Length : 0;
        return (FileLoader.Load(new WorkspaceFile(relative, full, size), max, diagnostics), diagnostics);
    }

    [Fact]
    public void FileWithNulByteIsSkippedAsBinary()
    {
        using var tree = new TempTree().Bytes("data.bin", [(byte)'a', 0, (byte)'b']);

        var (file, diagnostics) = Load(tree, "data.bin");

        Assert.Null(file);
        var d = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticKind.Skipped, d.Kind);
        Assert.Equal("binary file (NUL byte found)", d.Message);
    }

    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37, 0x0A, 0x25, 0xE2, 0xE3 }, "PDF document")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x41, 0x42 }, "PNG image")]
    [InlineData(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x01, 0x02 }, "GIF image")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0x41 }, "JPEG image")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14 }, "ZIP archive")]
    [InlineData(new byte[] { 0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01 }, "ELF executable")]
    [InlineData(new byte[] { 0x1F, 0x8B, 0x08, 0x08, 0x41 }, "gzip archive")]
    public void KnownBinaryMagicIsSkippedWithoutNul(byte[] bytes, string format)
    {
        Assert.DoesNotContain((byte)0, bytes);
        using var tree = new TempTree().Bytes("file", bytes);

        var (file, diagnostics) = Load(tree, "file");

        Assert.Null(file);
        Assert.Equal($"binary file ({format})", Assert.Single(diagnostics).Message);
    }

    [Fact]
    public void PortableExecutableNeedsItsPeHeaderNotJustMz()
    {
        var exe = new byte[0x90];
        Array.Fill(exe, (byte)'A');
        exe[0] = (byte)'M';
        exe[1] = (byte)'Z';
        BitConverter.TryWriteBytes(exe.AsSpan(0x3C), 0x80);
        "PE\0\0"u8.CopyTo(exe.AsSpan(0x80));
        using var tree = new TempTree().Bytes("tool.exe", exe).File("notes.txt", "MZ is a postcode area; this text is long enough to reach the header offset of a PE file..");

        var (binary, binaryDiagnostics) = Load(tree, "tool.exe");
        var (text, _) = Load(tree, "notes.txt");

        Assert.Null(binary);
        Assert.Equal("binary file (Windows executable (PE))", Assert.Single(binaryDiagnostics).Message);
        Assert.NotNull(text);
    }

    [Fact]
    public void LargeBinaryFileIsRecognisedFromItsHeadAndNulLaterInATextFileIsNot()
    {
        var binary = new byte[100_000];
        binary[10] = 0;
        Array.Fill(binary, (byte)'a', 11, binary.Length - 11);
        var text = Enumerable.Repeat((byte)'b', 100_000).ToArray();
        text[50_000] = 0; // beyond the 8,000-byte sniff window: still text
        using var tree = new TempTree().Bytes("blob", binary).Bytes("late-nul.txt", text);

        var (blob, blobDiagnostics) = Load(tree, "blob");
        var (late, lateDiagnostics) = Load(tree, "late-nul.txt");

        Assert.Null(blob);
        Assert.Equal("binary file (NUL byte found)", Assert.Single(blobDiagnostics).Message);
        Assert.Equal(100_000, late!.Text.Length);
        Assert.Empty(lateDiagnostics);
    }

    [Fact]
    public void OversizeFileIsSkippedWithBothSizes()
    {
        using var tree = new TempTree().File("big.py", new string('a', 2048));

        var (file, diagnostics) = Load(tree, "big.py", max: 1000);

        Assert.Null(file);
        var d = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticKind.Skipped, d.Kind);
        Assert.Equal("file is larger than the size limit (2,048 > 1,000 bytes)", d.Message);
    }

    [Fact]
    public void FileAtExactlyTheLimitIsRead()
    {
        using var tree = new TempTree().File("edge.py", new string('a', 1000));

        var (file, diagnostics) = Load(tree, "edge.py", max: 1000);

        Assert.Equal(1000, file!.Text.Length);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void InvalidUtf8IsDecodedWithReplacementAndFlagged()
    {
        using var tree = new TempTree().Bytes("latin1.py", [.. "name = 'caf"u8, 0xE9, .. "'\n"u8]);

        var (file, diagnostics) = Load(tree, "latin1.py");

        Assert.NotNull(file);
        Assert.True(file.HadInvalidBytes);
        Assert.Equal("name = 'caf\uFFFD'\n", file.Text);
        Assert.Equal("utf-8", file.Encoding);
        Assert.Equal("python", file.Language);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void ValidUtf8WithAndWithoutBom()
    {
        using var tree = new TempTree()
            .Bytes("bom.py", [0xEF, 0xBB, 0xBF, .. "s = 'é'\n"u8])
            .Bytes("plain.py", [.. "s = 'é'\n"u8]);

        var (bom, _) = Load(tree, "bom.py");
        var (plain, _) = Load(tree, "plain.py");

        Assert.Equal("s = 'é'\n", bom!.Text);
        Assert.Equal("utf-8-bom", bom.Encoding);
        Assert.Equal("s = 'é'\n", plain!.Text);
        Assert.Equal("utf-8", plain.Encoding);
        Assert.False(plain.HadInvalidBytes);
    }

    [Theory]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public void Utf16ByBomIsDecoded(string encoding)
    {
        var bigEndian = encoding.EndsWith("be", StringComparison.Ordinal);
        var enc = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        using var tree = new TempTree().Bytes("script.ps1", [.. enc.GetPreamble(), .. enc.GetBytes("Write-Host 'héllo'\n")]);

        var (file, diagnostics) = Load(tree, "script.ps1");

        Assert.Equal("Write-Host 'héllo'\n", file!.Text);
        Assert.Equal(encoding, file.Encoding);
        Assert.False(file.HadInvalidBytes);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Utf32ByBomIsDecodedRatherThanMistakenForUtf16()
    {
        var enc = new UTF32Encoding(bigEndian: false, byteOrderMark: true);
        using var tree = new TempTree().Bytes("a.txt", [.. enc.GetPreamble(), .. enc.GetBytes("hi")]);

        var (file, _) = Load(tree, "a.txt");

        Assert.Equal("hi", file!.Text);
        Assert.Equal("utf-32le", file.Encoding);
    }

    [Fact]
    public void DirectoryNamedLikeAFileIsAReadError()
    {
        using var tree = new TempTree().Dir("looks-like.py");
        var diagnostics = new List<Diagnostic>();

        var file = FileLoader.Load(new WorkspaceFile("looks-like.py", tree.PathOf("looks-like.py"), 10), ScanRequest.DefaultMaxFileSize, diagnostics);

        Assert.Null(file);
        var d = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticKind.ReadError, d.Kind);
        Assert.StartsWith("cannot read file:", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FileDeletedAfterDiscoveryIsAReadError()
    {
        using var tree = new TempTree().File("gone.py");
        var discovered = Assert.Single(new Workspace(tree.Request()).Discover([]));
        File.Delete(discovered.FullPath);
        var diagnostics = new List<Diagnostic>();

        Assert.Null(FileLoader.Load(discovered, ScanRequest.DefaultMaxFileSize, diagnostics));
        Assert.Equal(new Diagnostic(DiagnosticKind.ReadError, "gone.py", "cannot read file: no longer exists"), Assert.Single(diagnostics));
    }

    [Fact]
    public void InMemoryFileWithoutPathIsNotReadFromDisk()
    {
        var diagnostics = new List<Diagnostic>();

        var file = FileLoader.Load(WorkspaceFile.InMemory("snippet.py", "import os\n"u8.ToArray()), 100, diagnostics);

        Assert.Equal("import os\n", file!.Text);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void WorkspaceFileWithEmptyPathAndNoContentIsAReadErrorNotACrash()
    {
        var diagnostics = new List<Diagnostic>();

        Assert.Null(FileLoader.Load(new WorkspaceFile("x.py", "", 0), 100, diagnostics));
        Assert.Equal(DiagnosticKind.ReadError, Assert.Single(diagnostics).Kind);
    }

    [Fact]
    public void FifoIsNeverOpened()
    {
        using var tree = new TempTree();
        using (var mk = System.Diagnostics.Process.Start("mkfifo", [tree.PathOf("pipe")]))
        {
            mk.WaitForExit();
            Assert.Equal(0, mk.ExitCode);
        }

        // Opening a FIFO for reading blocks until a writer appears; discovery and loading must not.
        var files = new Workspace(tree.Request()).Discover([]);
        var pipe = Assert.Single(files);
        var diagnostics = new List<Diagnostic>();
        var loaded = FileLoader.Load(pipe, ScanRequest.DefaultMaxFileSize, diagnostics);

        Assert.Equal("", loaded!.Text);
        Assert.Empty(diagnostics);
    }
}

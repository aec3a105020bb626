using System.Diagnostics;
using System.Text;

namespace Pairguard.Secrets.Git;

/// <summary>Reads blob contents through one long-running <c>git cat-file --batch</c> process.</summary>
public sealed class GitBlobReader : IDisposable
{
    private readonly Process _process;
    private readonly Stream _out;
    private readonly StreamWriter _in;

    public GitBlobReader(GitCli git)
    {
        _process = git.Start(["cat-file", "--batch"], redirectInput: true);
        _out = _process.StandardOutput.BaseStream;
        _in = _process.StandardInput;
        _in.AutoFlush = false;
        _in.NewLine = "\n";
    }

    /// <summary>The content of an object (null when missing or larger than <paramref name="maxSize"/>, which is then skipped).</summary>
    public byte[]? Read(string objectName, long maxSize, out long size)
    {
        _in.Write(objectName);
        _in.Write('\n');
        _in.Flush();
        var header = ReadLine();
        size = 0;
        if (header.EndsWith(" missing", StringComparison.Ordinal) || header.Length == 0)
        {
            return null;
        }

        var parts = header.Split(' ');
        size = long.Parse(parts[^1], System.Globalization.CultureInfo.InvariantCulture);
        byte[]? content = size <= maxSize ? new byte[size] : null;
        var remaining = size;
        var buffer = content ?? new byte[81920];
        var offset = 0;
        while (remaining > 0)
        {
            var n = content is null
                ? _out.Read(buffer, 0, (int)Math.Min(buffer.Length, remaining))
                : _out.Read(buffer, offset, (int)Math.Min(int.MaxValue, remaining));
            if (n <= 0)
            {
                throw new GitException("git cat-file ended early");
            }

            remaining -= n;
            offset += content is null ? 0 : n;
        }

        _out.ReadByte(); // the LF after the content
        return content;
    }

    private string ReadLine()
    {
        var sb = new StringBuilder();
        int b;
        while ((b = _out.ReadByte()) >= 0 && b != '\n')
        {
            sb.Append((char)b);
        }

        return sb.ToString();
    }

    public void Dispose()
    {
        try
        {
            _in.Close();
            _process.WaitForExit(5000);
        }
        catch (IOException)
        {
        }

        _process.Dispose();
    }
}

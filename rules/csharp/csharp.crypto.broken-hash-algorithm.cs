using System.Security.Cryptography;

public static class Checksums
{
    public static byte[] Legacy(byte[] data)
    {
        // ruleid: csharp.crypto.broken-hash-algorithm
        using var md5 = new MD5CryptoServiceProvider();
        return md5.ComputeHash(data);
    }

    public static byte[] LegacySha(byte[] data)
    {
        // ruleid: csharp.crypto.broken-hash-algorithm
        return SHA1.HashData(data);
    }

    public static byte[] Modern(byte[] data)
    {
        // ok: csharp.crypto.broken-hash-algorithm
        return SHA256.HashData(data);
    }

    public static byte[] Mac(byte[] key, byte[] data)
    {
        // ok: csharp.crypto.broken-hash-algorithm
        using var hmac = new HMACSHA256(key);
        return hmac.ComputeHash(data);
    }
}

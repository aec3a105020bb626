using System.Security.Cryptography;

public static class LegacyCrypto
{
    public static ICryptoTransform Old(byte[] key, byte[] iv)
    {
        // ruleid: csharp.crypto.broken-cipher
        using var tdes = new TripleDESCryptoServiceProvider();
        return tdes.CreateEncryptor(key, iv);
    }

    public static ICryptoTransform Older(byte[] key, byte[] iv)
    {
        // ruleid: csharp.crypto.broken-cipher
        var des = DES.Create();
        return des.CreateEncryptor(key, iv);
    }

    public static ICryptoTransform Modern(byte[] key, byte[] iv)
    {
        // ok: csharp.crypto.broken-cipher
        var aes = Aes.Create();
        return aes.CreateEncryptor(key, iv);
    }

    public static AesGcm Gcm(byte[] key)
    {
        // ok: csharp.crypto.broken-cipher
        return new AesGcm(key, 16);
    }
}

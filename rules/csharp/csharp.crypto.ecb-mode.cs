using System.Security.Cryptography;

public static class Crypto
{
    public static byte[] Encrypt(byte[] key, byte[] data)
    {
        using var aes = Aes.Create();
        aes.Key = key;
        // ruleid: csharp.crypto.ecb-mode
        aes.Mode = CipherMode.ECB;
        using var enc = aes.CreateEncryptor();
        return enc.TransformFinalBlock(data, 0, data.Length);
    }

    public static byte[] EncryptOneShot(Aes aes, byte[] data)
    {
        // ruleid: csharp.crypto.ecb-mode
        return aes.EncryptEcb(data, PaddingMode.PKCS7);
    }

    public static byte[] EncryptCbc(Aes aes, byte[] data, byte[] iv)
    {
        // ok: csharp.crypto.ecb-mode
        aes.Mode = CipherMode.CBC;
        // ok: csharp.crypto.ecb-mode
        return aes.EncryptCbc(data, iv);
    }
}

using System;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.IdentityModel.Tokens;

public class TokenCrypto
{
    private const string EncryptionKey = "k3y-0f-th3-app-2024!abcdefghijk";

    public byte[] Encrypt(byte[] data)
    {
        using var aes = Aes.Create();
        // todoruleid: csharp.crypto.hardcoded-key
        aes.Key = Encoding.UTF8.GetBytes(EncryptionKey);
        return aes.EncryptCbc(data, aes.IV);
    }

    public byte[] Decrypt(byte[] data, byte[] iv)
    {
        string keyText = "0123456789abcdef0123456789abcdef";
        using var aes = Aes.Create();
        // ruleid: csharp.crypto.hardcoded-key
        using var dec = aes.CreateDecryptor(Encoding.ASCII.GetBytes(keyText), iv);
        return dec.TransformFinalBlock(data, 0, data.Length);
    }

    public SymmetricSecurityKey JwtKey()
    {
        // ruleid: csharp.crypto.hardcoded-key
        return new SymmetricSecurityKey(Encoding.UTF8.GetBytes("super-secret-signing-key-do-not-share-123"));
    }

    public SymmetricSecurityKey ConfiguredKey(IConfiguration config)
    {
        // ok: csharp.crypto.hardcoded-key
        return new SymmetricSecurityKey(Convert.FromBase64String(config["Jwt:Key"]));
    }

    public byte[] FreshKey(byte[] data)
    {
        using var aes = Aes.Create();
        // ok: csharp.crypto.hardcoded-key
        aes.Key = RandomNumberGenerator.GetBytes(32);
        return aes.EncryptCbc(data, aes.IV);
    }
}

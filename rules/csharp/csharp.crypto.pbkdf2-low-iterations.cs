using System.Security.Cryptography;

public static class Kdf
{
    public static byte[] Weak(string password, byte[] salt)
    {
        // ruleid: csharp.crypto.pbkdf2-low-iterations
        using var kdf = new Rfc2898DeriveBytes(password, salt, 1000);
        return kdf.GetBytes(32);
    }

    public static byte[] Default(string password, byte[] salt)
    {
        // ruleid: csharp.crypto.pbkdf2-low-iterations
        using var kdf = new Rfc2898DeriveBytes(password, salt);
        return kdf.GetBytes(32);
    }

    public static byte[] Strong(string password, byte[] salt)
    {
        // ok: csharp.crypto.pbkdf2-low-iterations
        return Rfc2898DeriveBytes.Pbkdf2(password, salt, 600000, HashAlgorithmName.SHA256, 32);
    }

    public static byte[] Configured(string password, byte[] salt, int iterations)
    {
        // ok: csharp.crypto.pbkdf2-low-iterations
        return Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, HashAlgorithmName.SHA256, 32);
    }
}

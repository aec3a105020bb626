using System;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;

public class AuthService
{
    public string HashPassword(string password)
    {
        using var md5 = MD5.Create();
        // ruleid: csharp.crypto.weak-password-hash
        var hash = md5.ComputeHash(Encoding.UTF8.GetBytes(password));
        return Convert.ToBase64String(hash);
    }

    public string HashSha(RegisterRequest request)
    {
        // ruleid: csharp.crypto.weak-password-hash
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(request.Password)));
    }

    public string Fingerprint(byte[] fileBytes)
    {
        // ok: csharp.crypto.weak-password-hash
        return Convert.ToHexString(SHA256.HashData(fileBytes));
    }

    public string SafeHash(User user, string password)
    {
        var hasher = new PasswordHasher<User>();
        // ok: csharp.crypto.weak-password-hash
        return hasher.HashPassword(user, password);
    }
}

using System.Security.Cryptography;
using System.Text;

namespace Pairguard.Secrets;

/// <summary>A salted, truncated SHA-256 of a secret: lets findings, baselines and history match a secret without holding it.</summary>
public static class SecretHash
{
    /// <summary>The fixed, project-wide salt; fixed so that baselines and history results stay comparable across machines.</summary>
    public const string Salt = "pairguard.secrets.v1";

    /// <summary>First 16 hex digits of SHA-256(salt ‖ secret).</summary>
    public static string Of(string secret)
    {
        var bytes = Encoding.UTF8.GetBytes(Salt + "\u0000" + secret);
        return Convert.ToHexStringLower(SHA256.HashData(bytes))[..16];
    }
}

using System;
using System.Security.Cryptography;
using System.Text;

public class ResetService
{
    private static readonly Random _random = new Random();

    public string CreateResetCode()
    {
        // ruleid: csharp.crypto.insecure-random-token
        var code = _random.Next(100000, 999999).ToString();
        return code;
    }

    public string CreateApiToken()
    {
        var sb = new StringBuilder();
        for (var i = 0; i < 32; i++)
        {
            sb.Append("abcdef0123456789"[Random.Shared.Next(16)]);
        }

        // ruleid: csharp.crypto.insecure-random-token
        string token = sb.ToString() + Random.Shared.Next();
        return token;
    }

    public int RollDice()
    {
        // ok: csharp.crypto.insecure-random-token
        var roll = _random.Next(1, 7);
        return roll;
    }

    public string CreateSafeToken()
    {
        // ok: csharp.crypto.insecure-random-token
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        return token;
    }
}

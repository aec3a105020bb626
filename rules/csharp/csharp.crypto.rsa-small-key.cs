using System.Security.Cryptography;

public static class Keys
{
    public static RSA Weak()
    {
        // ruleid: csharp.crypto.rsa-small-key
        return new RSACryptoServiceProvider(1024);
    }

    public static RSA AlsoWeak()
    {
        var rsa = RSA.Create();
        // ruleid: csharp.crypto.rsa-small-key
        rsa.KeySize = 512;
        return rsa;
    }

    public static RSA Strong()
    {
        // ok: csharp.crypto.rsa-small-key
        return RSA.Create(3072);
    }

    public static Aes AesKey()
    {
        var aes = Aes.Create();
        // ok: csharp.crypto.rsa-small-key
        aes.KeySize = 256;
        return aes;
    }
}

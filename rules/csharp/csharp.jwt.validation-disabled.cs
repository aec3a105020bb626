using System.IdentityModel.Tokens.Jwt;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

public static class Auth
{
    public static void Configure(JwtBearerOptions options, SecurityKey key)
    {
        options.TokenValidationParameters = new TokenValidationParameters
        {
            // ruleid: csharp.jwt.validation-disabled
            ValidateIssuerSigningKey = false,
            // ruleid: csharp.jwt.validation-disabled
            ValidateLifetime = false,
            // ok: csharp.jwt.validation-disabled
            ValidateIssuer = true,
            IssuerSigningKey = key,
        };
    }

    public static TokenValidationParameters Strict(SecurityKey key, string issuer)
    {
        var p = new TokenValidationParameters
        {
            // ok: csharp.jwt.validation-disabled
            ValidateIssuerSigningKey = true,
            IssuerSigningKey = key,
            ValidIssuer = issuer,
        };
        // ruleid: csharp.jwt.validation-disabled
        p.RequireSignedTokens = false;
        return p;
    }
}

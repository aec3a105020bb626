using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

public static class CorsSetup
{
    public static void Add(IServiceCollection services)
    {
        services.AddCors(options =>
        {
            options.AddPolicy("open", policy =>
                // ruleid: csharp.cors.any-origin-credentials
                policy.SetIsOriginAllowed(_ => true).AllowAnyHeader().AllowAnyMethod().AllowCredentials());
            options.AddPolicy("open2", policy =>
                // ruleid: csharp.cors.any-origin-credentials
                policy.AllowCredentials().AllowAnyMethod().AllowAnyOrigin());
            options.AddPolicy("public", policy =>
                // ok: csharp.cors.any-origin-credentials
                policy.AllowAnyOrigin().AllowAnyHeader().AllowAnyMethod());
            options.AddPolicy("app", policy =>
                // ok: csharp.cors.any-origin-credentials
                policy.WithOrigins("https://app.example.com").AllowCredentials().AllowAnyHeader());
        });
    }
}

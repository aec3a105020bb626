using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

// ruleid: csharp.debug.developer-exception-page
app.UseDeveloperExceptionPage();

if (app.Environment.IsDevelopment())
{
    // ok: csharp.debug.developer-exception-page
    app.UseDeveloperExceptionPage();
    // ok: csharp.debug.developer-exception-page
    app.UseMigrationsEndPoint();
}
else
{
    app.UseExceptionHandler("/error");
}

if (builder.Configuration["ShowErrors"] == "1")
{
    // ruleid: csharp.debug.developer-exception-page
    app.UseDeveloperExceptionPage();
}

app.Run();

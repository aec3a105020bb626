using System.Linq;
using System.Threading.Tasks;
using Dapper;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;

public class ProductsController : Controller
{
    private readonly ShopDb _db;
    private readonly SqlConnection _conn;

    public IActionResult Search(string term)
    {
        // ruleid: csharp.injection.ef-dapper-raw-sql-taint
        var products = _db.Products.FromSqlRaw($"SELECT * FROM Products WHERE Name LIKE '%{term}%'").ToList();
        return View(products);
    }

    public async Task<IActionResult> Archive([FromForm] string category)
    {
        // ruleid: csharp.injection.ef-dapper-raw-sql-taint
        await _db.Database.ExecuteSqlRawAsync("UPDATE Products SET Archived = 1 WHERE Category = '" + category + "'");
        return RedirectToAction("Index");
    }

    public IActionResult ByOwner()
    {
        var owner = Request.Query["owner"].ToString();
        // ruleid: csharp.injection.ef-dapper-raw-sql-taint
        var rows = _conn.Query<Product>($"SELECT * FROM Products WHERE Owner = '{owner}'");
        return Json(rows);
    }

    public IActionResult SafeSearch(string term)
    {
        // ok: csharp.injection.ef-dapper-raw-sql-taint
        var products = _db.Products.FromSql($"SELECT * FROM Products WHERE Name LIKE {term}").ToList();
        return View(products);
    }

    public IActionResult SafeByOwner(string owner)
    {
        // ok: csharp.injection.ef-dapper-raw-sql-taint
        var rows = _conn.Query<Product>("SELECT * FROM Products WHERE Owner = @owner", new { owner });
        // ok: csharp.injection.ef-dapper-raw-sql-taint
        var count = _db.Products.FromSqlRaw("SELECT * FROM Products WHERE Owner = {0}", owner).Count();
        return Json(rows);
    }
}

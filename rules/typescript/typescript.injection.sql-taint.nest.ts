import { Controller, Get, Query, Param } from "@nestjs/common";
import { DataSource } from "typeorm";

@Controller("products")
export class ProductsController {
  constructor(private readonly dataSource: DataSource) {}

  @Get("search")
  async search(@Query("q") q: string) {
    // ruleid: typescript.injection.sql-taint
    return this.dataSource.query(`SELECT * FROM products WHERE title LIKE '%${q}%'`);
  }

  @Get(":id")
  async one(@Param("id") id: string) {
    // ok: typescript.injection.sql-taint
    return this.dataSource.query("SELECT * FROM products WHERE id = $1", [id]);
  }

  async featured() {
    const category = "books";
    // ok: typescript.injection.sql-taint
    return this.dataSource.query(`SELECT * FROM products WHERE category = '${category}'`);
  }
}

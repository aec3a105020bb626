import express, { Request, Response } from "express";
import { Pool } from "pg";
import mysql from "mysql2/promise";

const app = express();
const pool = new Pool();
const db = mysql.createPool({ host: "localhost", user: "app", database: "shop" });

app.get("/users", async (req: Request, res: Response) => {
  const name = req.query.name as string;
  // ruleid: typescript.injection.sql-taint
  const result = await pool.query(`SELECT * FROM users WHERE name = '${name}'`);
  // ok: typescript.injection.sql-taint
  const safe = await pool.query("SELECT * FROM users WHERE name = $1", [name]);
  res.json({ rows: result.rows, safe: safe.rows });
});

function findOrders(customer: string) {
  return "SELECT * FROM orders WHERE customer = '" + customer + "'";
}

app.post("/orders", async (req: Request, res: Response) => {
  const sql = findOrders(req.body.customer);
  // ruleid: typescript.injection.sql-taint
  const [rows] = await db.query(sql);
  const limit = parseInt(req.body.limit, 10);
  // ok: typescript.injection.sql-taint
  const [recent] = await db.query(`SELECT * FROM orders ORDER BY id DESC LIMIT ${limit}`);
  // ok: typescript.injection.sql-taint
  const [all] = await db.execute("SELECT * FROM orders WHERE customer = ?", [req.body.customer]);
  res.json({ rows, recent, all });
});

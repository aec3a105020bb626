const express = require("express");
const mysql = require("mysql2/promise");
const { Pool } = require("pg");
const sqlite3 = require("sqlite3");

const app = express();
app.use(express.json());
const pool = new Pool();
const db = new sqlite3.Database("app.db");
let conn;

app.get("/users", async (req, res) => {
  const { name } = req.query;
  // ruleid: javascript.injection.sql-taint
  const [rows] = await conn.query(`SELECT * FROM users WHERE name = '${name}'`);
  // ok: javascript.injection.sql-taint
  const [safe] = await conn.execute("SELECT * FROM users WHERE name = ?", [name]);
  res.json({ rows, safe });
});

app.get("/orders/:id", async (req, res) => {
  const sql = "SELECT * FROM orders WHERE id = " + req.params.id;
  // ruleid: javascript.injection.sql-taint
  const result = await pool.query(sql);
  // ok: javascript.injection.sql-taint
  const byParam = await pool.query("SELECT * FROM orders WHERE id = $1", [req.params.id]);
  // ok: javascript.injection.sql-taint
  const numeric = await pool.query("SELECT * FROM orders WHERE id = " + parseInt(req.params.id, 10));
  // ok: javascript.injection.sql-taint
  const objectForm = await pool.query({ text: "SELECT * FROM orders WHERE owner = $1", values: [req.query.owner] });
  res.json([result.rows, byParam.rows, numeric.rows, objectForm.rows]);
});

function findProducts(term) {
  // ruleid: javascript.injection.sql-taint
  return pool.query({ text: "SELECT * FROM products WHERE title LIKE '%" + term + "%'" });
}

app.post("/search", async (req, res) => {
  const found = await findProducts(req.body.term);
  res.json(found.rows);
});

app.delete("/notes", (req, res) => {
  // ruleid: javascript.injection.sql-taint
  db.run(`DELETE FROM notes WHERE owner = '${req.body.owner}'`, (err) => res.sendStatus(err ? 500 : 204));
});

app.get("/notes", (req, res) => {
  const pattern = /^[a-z]+$/;
  // ok: javascript.injection.sql-taint
  const m = pattern.exec(req.query.tag);
  // ok: javascript.injection.sql-taint
  db.all("SELECT * FROM notes WHERE tag = ?", [req.query.tag], (err, rows) => res.json({ m, rows }));
});

module.exports = app;

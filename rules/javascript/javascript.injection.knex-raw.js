const express = require("express");
const knex = require("knex")({ client: "pg", connection: process.env.DATABASE_URL });

const app = express();

app.get("/users", async (req, res) => {
  const { email, sort } = req.query;
  // ruleid: javascript.injection.knex-raw
  const rows = await knex.raw(`SELECT * FROM users WHERE email = '${email}'`);
  // ok: javascript.injection.knex-raw
  const safe = await knex.raw("SELECT * FROM users WHERE email = ?", [email]);
  const sorted = await knex("users")
    .select("id", "email")
    // ruleid: javascript.injection.knex-raw
    .orderByRaw(sort + " DESC");
  res.json({ rows, safe, sorted });
});

app.get("/search", async (req, res) => {
  const found = await knex("posts")
    // ok: javascript.injection.knex-raw
    .whereRaw("lower(title) LIKE ?", [`%${req.query.q}%`])
    // ok: javascript.injection.knex-raw
    .where({ author: req.query.author });
  res.json(found);
});

module.exports = app;

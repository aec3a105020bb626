const mysql = require("mysql2");
const { Pool } = require("pg");

// ruleid: javascript.hardcoded-credentials.literal-secret
const DB_PASSWORD = "S3cr3tPassw0rd!";

const pool = mysql.createPool({
  host: "localhost",
  user: "app",
  // ruleid: javascript.hardcoded-credentials.literal-secret
  password: "admin123",
  database: "notes",
});

const stripeConfig = {
  // ruleid: javascript.hardcoded-credentials.literal-secret
  clientSecret: process.env.STRIPE_CLIENT_SECRET || "cs_9f8e7d6c5b4a3210",
};

const pg = new Pool({
  // ok: javascript.hardcoded-credentials.literal-secret
  password: process.env.PGPASSWORD,
});

// ok: javascript.hardcoded-credentials.literal-secret
const API_KEY = process.env.API_KEY;
// ok: javascript.hardcoded-credentials.literal-secret
const placeholderPassword = "changeme";
// ok: javascript.hardcoded-credentials.literal-secret
const apiKey = "<your-api-key>";
// ok: javascript.hardcoded-credentials.literal-secret
const passwordField = "password";
// ok: javascript.hardcoded-credentials.literal-secret
const DATABASE_PASSWORD = "";

module.exports = { DB_PASSWORD, pool, stripeConfig, pg, API_KEY, placeholderPassword, apiKey, passwordField, DATABASE_PASSWORD };

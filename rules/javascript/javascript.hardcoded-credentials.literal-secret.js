const nodemailer = require("nodemailer");
const { Sequelize } = require("sequelize");
const ldap = require("ldapjs");

// ruleid: javascript.hardcoded-credentials.literal-secret
const DB_PASSWORD = process.env.DB_PASSWORD || "S3cr3tPassw0rd!";

// ruleid: javascript.hardcoded-credentials.literal-secret
const sequelize = new Sequelize("notes", "app", "n0tes-db-2024", { dialect: "postgres" });

const mailer = nodemailer.createTransport({
  host: "smtp.example.com",
  // ruleid: javascript.hardcoded-credentials.literal-secret
  auth: { user: "alerts@example.com", pass: "Mailer#2024x" },
});

const directory = ldap.createClient({ url: "ldaps://ldap.example.com" });
// ruleid: javascript.hardcoded-credentials.literal-secret
directory.bind("cn=admin,dc=example,dc=com", "ld4pAdm1n", () => {});

// ok: javascript.hardcoded-credentials.literal-secret
const DB_PASSWORD_SAFE = process.env.DB_PASSWORD;
// ok: javascript.hardcoded-credentials.literal-secret
const safeSequelize = new Sequelize(process.env.DB_NAME, process.env.DB_USER, process.env.DB_PASSWORD, { dialect: "postgres" });
// ok: javascript.hardcoded-credentials.literal-secret
const smtp = nodemailer.createTransport({ auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS } });
// ok: javascript.hardcoded-credentials.literal-secret
const API_KEY = process.env.API_KEY || "changeme";
// ok: javascript.hardcoded-credentials.literal-secret
const SECRET = process.env.SECRET || "";
// ok: javascript.hardcoded-credentials.literal-secret
const adminPassword = "reported-once-by-the-secrets-scanner";

module.exports = { DB_PASSWORD, sequelize, mailer, DB_PASSWORD_SAFE, safeSequelize, smtp, API_KEY, SECRET, adminPassword };

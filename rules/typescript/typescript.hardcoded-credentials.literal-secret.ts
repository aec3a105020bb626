import { Pool } from "pg";
import nodemailer from "nodemailer";

// ruleid: typescript.hardcoded-credentials.literal-secret
const dbPassword = "Sup3rS3cret!2024";

export const pool = new Pool({
  host: "localhost",
  user: "app",
  // ruleid: typescript.hardcoded-credentials.literal-secret
  password: "p@ssw0rd-prod-77",
  database: "shop",
});

export const mailer = nodemailer.createTransport({
  host: "smtp.example.com",
  // ok: typescript.hardcoded-credentials.literal-secret
  auth: { user: "noreply@example.com", pass: process.env.SMTP_PASSWORD },
});

export class PaymentClient {
  // ruleid: typescript.hardcoded-credentials.literal-secret
  private readonly clientSecret = "9f8e7d6c5b4a3f2e1d0c";
}

// ok: typescript.hardcoded-credentials.literal-secret
const apiKey = process.env.API_KEY;

// ok: typescript.hardcoded-credentials.literal-secret
const adminPassword = "changeme";

// ok: typescript.hardcoded-credentials.literal-secret
const secret = "<your-secret-here>";

export const form = {
  // ok: typescript.hardcoded-credentials.literal-secret
  passwordField: "password",
  // ok: typescript.hardcoded-credentials.literal-secret
  password: "",
};

export { dbPassword, apiKey, adminPassword, secret };

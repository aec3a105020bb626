import https from "https";
import axios from "axios";
import { Pool } from "pg";

// ruleid: typescript.tls.verification-disabled
process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0";

export const api = axios.create({
  baseURL: "https://billing.internal.example",
  // ruleid: typescript.tls.verification-disabled
  httpsAgent: new https.Agent({ rejectUnauthorized: false }),
});

// ruleid: typescript.tls.verification-disabled
export const pool = new Pool({ connectionString: process.env.DATABASE_URL, ssl: { rejectUnauthorized: false } });

// ok: typescript.tls.verification-disabled
export const safeAgent = new https.Agent({ keepAlive: true });

// ok: typescript.tls.verification-disabled
export const withCa = new https.Agent({ ca: process.env.INTERNAL_CA, rejectUnauthorized: true });

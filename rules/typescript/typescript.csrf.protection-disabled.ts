import type { NextConfig } from "next";
import express from "express";
import csrf from "csurf";
import { doubleCsrf } from "csrf-csrf";

const nextConfig: NextConfig = {
  experimental: {
    serverActions: {
      // ruleid: typescript.csrf.protection-disabled
      allowedOrigins: ["*"],
    },
  },
};

const strictConfig: NextConfig = {
  experimental: {
    serverActions: {
      // ok: typescript.csrf.protection-disabled
      allowedOrigins: ["app.example.com", "admin.example.com"],
    },
  },
};

const app = express();

// ruleid: typescript.csrf.protection-disabled
app.use(csrf({ cookie: true, ignoreMethods: ["GET", "HEAD", "OPTIONS", "POST"] }));

// ok: typescript.csrf.protection-disabled
app.use(csrf({ cookie: true }));

const { doubleCsrfProtection } = doubleCsrf({
  getSecret: () => process.env.CSRF_SECRET ?? "",
  // ok: typescript.csrf.protection-disabled
  ignoredMethods: ["GET", "HEAD", "OPTIONS"],
});

export default nextConfig;
export { strictConfig, doubleCsrfProtection };

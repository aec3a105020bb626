import https from "https";
import tls from "tls";
import fs from "fs";

export const server = https.createServer({
  key: fs.readFileSync("server.key"),
  cert: fs.readFileSync("server.crt"),
  // ruleid: typescript.tls.old-protocol-version
  minVersion: "TLSv1",
});

// ruleid: typescript.tls.old-protocol-version
export const legacy = tls.connect({ host: "mail.example.com", port: 465, secureProtocol: "TLSv1_method" });

// ok: typescript.tls.old-protocol-version
export const modern = tls.connect({ host: "mail.example.com", port: 465, minVersion: "TLSv1.2" });

// ok: typescript.tls.old-protocol-version
export const strict = new https.Agent({ minVersion: "TLSv1.3" });

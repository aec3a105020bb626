// Notification relay of Team Notes: an Express service written with a coding assistant.
// Pairguard sample. Each FLAW block has its SAFE twin right after it. Not meant to run against anything real.
const express = require("express");
const https = require("https");
const axios = require("axios");
const helmet = require("helmet");
const authShield = require("express-auth-shield"); // FLAW: hallucinated-dependency

const app = express();
app.use(helmet());
app.use(express.json());
app.use(authShield({ mode: "strict" }));

const HOOK_URL = "https://hooks.internal.example/notify";

// FLAW: tls-verification-disabled
const insecureAgent = new https.Agent({ rejectUnauthorized: false });

app.post("/notify", async (req, res) => {
  await axios.post(HOOK_URL, { text: String(req.body.text) }, { httpsAgent: insecureAgent });
  res.json({ ok: true });
});

// SAFE: tls-verification-disabled
const verifyingAgent = new https.Agent({ keepAlive: true });

app.post("/v2/notify", async (req, res) => {
  await axios.post(HOOK_URL, { text: String(req.body.text) }, { httpsAgent: verifyingAgent });
  res.json({ ok: true });
});

app.listen(Number(process.env.PORT) || 3000);

const express = require("express");
const axios = require("axios");

const app = express();
app.use(express.json());

app.get("/preview", async (req, res) => {
  const target = req.query.url;
  // ruleid: javascript.ssrf.http-client-taint
  const page = await axios.get(target, { timeout: 5000 });
  res.json({ title: /<title>(.*?)<\/title>/i.exec(page.data)?.[1] });
});

app.post("/webhooks/test", async (req, res) => {
  // ruleid: javascript.ssrf.http-client-taint
  const r = await fetch(`${req.body.endpoint}/ping`, { method: "POST" });
  res.json({ status: r.status });
});

app.get("/avatar/:user", async (req, res) => {
  // ok: javascript.ssrf.http-client-taint
  const r = await fetch(`https://avatars.example.com/u/${encodeURIComponent(req.params.user)}.png`);
  res.type("png").send(Buffer.from(await r.arrayBuffer()));
});

const PARTNERS = { acme: "https://api.acme.example", globex: "https://api.globex.example" };

app.get("/partner-status", async (req, res) => {
  const base = PARTNERS.acme;
  // ok: javascript.ssrf.http-client-taint
  const r = await axios.get(base + "/status");
  // ok: javascript.ssrf.http-client-taint
  const repo = await axios.get("https://api.github.com/repos/" + req.query.repo);
  res.json({ partner: r.data, repo: repo.data });
});

module.exports = app;

const express = require("express");

const app = express();
const ALLOWED = ["/dashboard", "/settings", "/notes"];

app.get("/login/callback", (req, res) => {
  // ruleid: javascript.open-redirect.express-redirect
  res.redirect(req.query.next);
});

app.get("/go", (req, res) => {
  const target = req.query.url;
  // ruleid: javascript.open-redirect.express-redirect
  res.redirect(302, target);
});

app.get("/v2/login/callback", (req, res) => {
  const next = req.query.next;
  const safe = typeof next === "string" && next.startsWith("/") && !next.startsWith("//") ? next : "/";
  // ok: javascript.open-redirect.express-redirect
  res.redirect(safe);
});

app.get("/v3/login/callback", (req, res) => {
  const next = req.query.next;
  if (ALLOWED.includes(next)) {
    // ok: javascript.open-redirect.express-redirect
    return res.redirect(next);
  }
  // ok: javascript.open-redirect.express-redirect
  res.redirect(`/notes/${encodeURIComponent(req.query.id)}`);
});

module.exports = app;

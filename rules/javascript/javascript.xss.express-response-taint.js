const express = require("express");
const escapeHtml = require("escape-html");

const app = express();

app.get("/search", (req, res) => {
  const q = req.query.q;
  // ruleid: javascript.xss.express-response-taint
  res.send(`<h1>Results for ${q}</h1>`);
});

app.get("/hello", (req, res) => {
  // ok: javascript.xss.express-response-taint
  res.send(`<h1>Hello ${escapeHtml(req.query.name)}</h1>`);
});

function page(title, body) {
  return "<html><head><title>" + title + "</title></head><body>" + body + "</body></html>";
}

app.get("/profile/:user", (req, res) => {
  const html = page("Profile", "<p>" + req.params.user + "</p>");
  // ruleid: javascript.xss.express-response-taint
  res.status(200).send(html);
});

app.get("/echo", (req, res) => {
  res.write("<ul>");
  // ruleid: javascript.xss.express-response-taint
  res.write("<li>" + req.get("User-Agent") + "</li>");
  res.end("</ul>");
});

app.get("/api/user", (req, res) => {
  // ok: javascript.xss.express-response-taint
  res.json({ name: req.query.name });
});

app.get("/plain", (req, res) => {
  res.type("text/plain");
  // ok: javascript.xss.express-response-taint
  res.send("You asked for " + req.query.name);
});

app.get("/count", (req, res) => {
  // ok: javascript.xss.express-response-taint
  res.send(`<p>Page ${parseInt(req.query.page, 10)}</p>`);
});

module.exports = app;

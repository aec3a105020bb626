const express = require("express");
const libxmljs = require("libxmljs");

const app = express();
app.use(express.text({ type: "application/xml" }));

app.post("/import", (req, res) => {
  // ruleid: javascript.xxe.libxmljs-noent
  const doc = libxmljs.parseXml(req.body, { noent: true, noblanks: true });
  res.json({ items: doc.find("//item").length });
});

app.post("/import/dtd", (req, res) => {
  // ruleid: javascript.xxe.libxmljs-noent
  const doc = libxmljs.parseXmlString(req.body, { dtdload: true });
  res.json({ root: doc.root().name() });
});

app.post("/v2/import", (req, res) => {
  // ok: javascript.xxe.libxmljs-noent
  const doc = libxmljs.parseXml(req.body, { noblanks: true });
  // ok: javascript.xxe.libxmljs-noent
  const strict = libxmljs.parseXml(req.body, { noent: false });
  res.json({ items: doc.find("//item").length, strict: Boolean(strict) });
});

module.exports = app;

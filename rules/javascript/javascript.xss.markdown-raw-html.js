const express = require("express");
const { marked } = require("marked");
const MarkdownIt = require("markdown-it");
const DOMPurify = require("isomorphic-dompurify");

const app = express();
app.use(express.json());

// ruleid: javascript.xss.markdown-raw-html
const md = new MarkdownIt({ html: true, linkify: true });
// ok: javascript.xss.markdown-raw-html
const safeMd = new MarkdownIt({ linkify: true, typographer: true });

app.post("/preview", (req, res) => {
  // ruleid: javascript.xss.markdown-raw-html
  const html = marked.parse(req.body.markdown);
  res.send(`<article>${html}</article>`);
});

app.post("/preview/safe", (req, res) => {
  // ok: javascript.xss.markdown-raw-html
  const html = DOMPurify.sanitize(marked.parse(req.body.markdown));
  res.send(`<article>${html}</article>`);
});

app.get("/about", (req, res) => {
  // ok: javascript.xss.markdown-raw-html
  res.send(marked.parse("# About\n\nTeam Notes keeps your notes."));
});

app.post("/comments", (req, res) => {
  res.json({ html: md.render(req.body.text), safe: safeMd.render(req.body.text) });
});

module.exports = app;

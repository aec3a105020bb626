const express = require("express");
const Handlebars = require("handlebars");

const app = express();
const template = Handlebars.compile("<div class=\"banner\">{{banner}}</div>");

app.get("/welcome", (req, res) => {
  // ruleid: javascript.xss.handlebars-safestring
  const banner = new Handlebars.SafeString("<b>Hello " + req.query.name + "</b>");
  res.send(template({ banner }));
});

app.get("/welcome/safe", (req, res) => {
  // ok: javascript.xss.handlebars-safestring
  const banner = new Handlebars.SafeString("<b>Hello " + Handlebars.escapeExpression(req.query.name) + "</b>");
  res.send(template({ banner }));
});

function highlight(text) {
  // ruleid: javascript.xss.handlebars-safestring
  return new Handlebars.SafeString(`<mark>${text}</mark>`);
}

app.get("/search", (req, res) => {
  res.send(template({ banner: highlight(req.query.q) }));
});

// ok: javascript.xss.handlebars-safestring
Handlebars.registerHelper("logo", () => new Handlebars.SafeString("<img src=\"/logo.svg\" alt=\"logo\">"));

module.exports = app;

const express = require("express");
const path = require("path");

const app = express();
const REPORTS = path.join(__dirname, "reports");

app.get("/reports/:file", (req, res) => {
  // ruleid: javascript.path-traversal.express-sendfile
  res.sendFile(path.join(REPORTS, req.params.file));
});

app.get("/v2/reports/:file", (req, res) => {
  // ok: javascript.path-traversal.express-sendfile
  res.sendFile(req.params.file, { root: REPORTS });
});

app.get("/download", (req, res) => {
  // ruleid: javascript.path-traversal.express-sendfile
  res.download(__dirname + "/exports/" + req.query.name);
});

app.get("/v2/download", (req, res) => {
  // ok: javascript.path-traversal.express-sendfile
  res.download(path.join(__dirname, "exports", path.basename(req.query.name)));
});

module.exports = app;

const express = require("express");
const fs = require("fs");
const path = require("path");

const app = express();
const UPLOAD_DIR = path.resolve(__dirname, "uploads");

app.get("/files/:name", (req, res) => {
  const filePath = path.join(UPLOAD_DIR, req.params.name);
  // ruleid: javascript.path-traversal.fs-taint
  fs.readFile(filePath, (err, data) => {
    if (err) return res.sendStatus(404);
    res.type("application/octet-stream").send(data);
  });
});

app.get("/v2/files/:name", async (req, res) => {
  const filePath = path.resolve(UPLOAD_DIR, req.params.name);
  if (!filePath.startsWith(UPLOAD_DIR + path.sep)) {
    return res.sendStatus(400);
  }
  // ok: javascript.path-traversal.fs-taint
  const data = await fs.promises.readFile(filePath);
  res.type("application/octet-stream").send(data);
});

app.delete("/files", (req, res) => {
  // ruleid: javascript.path-traversal.fs-taint
  fs.unlinkSync(`./uploads/${req.query.file}`);
  // ok: javascript.path-traversal.fs-taint
  fs.unlinkSync(path.join(UPLOAD_DIR, path.basename(req.query.file)));
  res.sendStatus(204);
});

app.post("/notes", (req, res) => {
  const { title, body } = req.body;
  // ruleid: javascript.path-traversal.fs-taint
  fs.writeFileSync(path.join(__dirname, "notes", title + ".md"), body);
  // ok: javascript.path-traversal.fs-taint
  fs.writeFileSync(path.join(__dirname, "notes", "latest.md"), body);
  res.sendStatus(201);
});

module.exports = app;

const express = require("express");
const { exec, execFile, spawn } = require("child_process");
const childProcess = require("child_process");

const app = express();

app.get("/ping", (req, res) => {
  const host = req.query.host;
  // ruleid: javascript.injection.command-taint
  exec(`ping -c 1 ${host}`, (err, stdout) => res.send(stdout));
});

app.get("/ping2", (req, res) => {
  // ok: javascript.injection.command-taint
  execFile("ping", ["-c", "1", req.query.host], (err, stdout) => res.send(stdout));
});

app.post("/convert", (req, res) => {
  const name = req.body.filename;
  // ruleid: javascript.injection.command-taint
  const out = childProcess.execSync("convert uploads/" + name + " -resize 200x200 thumbs/" + name);
  // ruleid: javascript.injection.command-taint
  const proc = spawn("tar", ["-czf", "backup.tgz", name], { shell: true });
  // ok: javascript.injection.command-taint
  const safe = spawn("tar", ["-czf", "backup.tgz", "--", name]);
  // ruleid: javascript.injection.command-taint
  spawn("sh", ["-c", `gzip ${name}`]);
  // ok: javascript.injection.command-taint
  childProcess.execSync("git rev-parse HEAD");
  res.json({ out: String(out), pid: proc.pid, safe: safe.pid });
});

app.get("/lines", (req, res) => {
  const count = parseInt(req.query.n, 10);
  // ok: javascript.injection.command-taint
  exec(`tail -n ${count} app.log`, (err, stdout) => res.send(stdout));
});

module.exports = app;

import express, { Request, Response } from "express";
import { exec, execFile, spawn } from "child_process";
import { promisify } from "util";

const app = express();
const execAsync = promisify(exec);

app.get("/ping", (req: Request, res: Response) => {
  const host = req.query.host as string;
  // ruleid: typescript.injection.command-taint
  exec(`ping -c 1 ${host}`, (err, stdout) => res.send(stdout));
});

app.get("/ping-safe", (req: Request, res: Response) => {
  const host = req.query.host as string;
  // ok: typescript.injection.command-taint
  execFile("ping", ["-c", "1", host], (err, stdout) => res.send(stdout));
});

app.post("/convert", async (req: Request, res: Response) => {
  const { file } = req.body;
  // ruleid: typescript.injection.command-taint
  const { stdout } = await execAsync("convert " + file + " out.png");
  // ruleid: typescript.injection.command-taint
  spawn("sh", ["-c", `tar czf backup.tgz ${file}`]);
  // ok: typescript.injection.command-taint
  spawn("convert", [file, "out.png"]);
  // ok: typescript.injection.command-taint
  exec("uptime", (err, out) => console.log(out));
  const match = /^[a-z]+$/.exec(file);
  res.json({ stdout, match });
});

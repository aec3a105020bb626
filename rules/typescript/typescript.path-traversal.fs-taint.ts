import express, { Request, Response } from "express";
import fs from "fs";
import path from "path";
import { readFile } from "fs/promises";

const app = express();
const UPLOADS = path.resolve(__dirname, "uploads");

app.get("/files/:name", (req: Request, res: Response) => {
  const filePath = path.join(UPLOADS, req.params.name);
  // ruleid: typescript.path-traversal.fs-taint
  fs.readFile(filePath, "utf8", (err, data) => res.send(data));
});

app.get("/download", (req: Request, res: Response) => {
  // ruleid: typescript.path-traversal.fs-taint
  res.download(path.join(UPLOADS, req.query.file as string));
});

app.get("/files-safe/:name", async (req: Request, res: Response) => {
  const safeName = path.basename(req.params.name);
  // ok: typescript.path-traversal.fs-taint
  const data = await readFile(path.join(UPLOADS, safeName), "utf8");
  // ok: typescript.path-traversal.fs-taint
  res.sendFile(req.params.name, { root: UPLOADS });
  res.send(data);
});

app.delete("/files/:name", async (req: Request, res: Response) => {
  const target = path.resolve(UPLOADS, req.params.name);
  if (!target.startsWith(UPLOADS + path.sep)) {
    return res.status(400).send("bad path");
  }
  // ok: typescript.path-traversal.fs-taint
  fs.unlinkSync(target);
  res.sendStatus(204);
});

app.post("/notes", async (req: Request, res: Response) => {
  const { title, body } = req.body;
  // ruleid: typescript.path-traversal.fs-taint
  await fs.promises.writeFile(`./notes/${title}.md`, body);
  res.sendStatus(201);
});

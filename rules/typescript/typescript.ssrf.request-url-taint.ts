import express, { Request, Response } from "express";
import axios from "axios";

const app = express();
const ALLOWED_HOSTS = new Set(["images.example.com", "cdn.example.com"]);

app.get("/preview", async (req: Request, res: Response) => {
  const target = req.query.url as string;
  // ruleid: typescript.ssrf.request-url-taint
  const page = await fetch(target);
  res.send(await page.text());
});

app.post("/webhooks/test", async (req: Request, res: Response) => {
  const { callbackUrl } = req.body;
  // ruleid: typescript.ssrf.request-url-taint
  const answer = await axios.post(callbackUrl, { ping: true });
  res.json({ status: answer.status });
});

app.get("/users/:id/avatar", async (req: Request, res: Response) => {
  // ok: typescript.ssrf.request-url-taint
  const profile = await axios.get(`https://api.example.com/users/${encodeURIComponent(req.params.id)}`);
  // ok: typescript.ssrf.request-url-taint
  const same = await fetch(`https://api.example.com/users/${req.params.id}`);
  res.json({ profile: profile.data, same: await same.json() });
});

app.get("/image", async (req: Request, res: Response) => {
  const url = new URL(String(req.query.src));
  if (!ALLOWED_HOSTS.has(url.hostname)) {
    return res.status(400).send("host not allowed");
  }
  // ok: typescript.ssrf.request-url-taint
  const image = await fetch(url);
  res.send(Buffer.from(await image.arrayBuffer()));
});

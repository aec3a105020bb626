import express, { Request, Response } from "express";
import escapeHtml from "escape-html";

const app = express();

app.get("/hello", (req: Request, res: Response) => {
  const name = req.query.name as string;
  // ruleid: typescript.xss.response-html-taint
  res.send(`<h1>Hello ${name}</h1>`);
});

app.get("/hello-safe", (req: Request, res: Response) => {
  const name = req.query.name as string;
  // ok: typescript.xss.response-html-taint
  res.send(`<h1>Hello ${escapeHtml(name)}</h1>`);
});

app.get("/search", (req: Request, res: Response) => {
  const term = String(req.query.q);
  // ruleid: typescript.xss.response-html-taint
  res.status(200).send("<p>No results for " + term + "</p>");
  // ok: typescript.xss.response-html-taint
  res.send({ term, results: [] });
  // ok: typescript.xss.response-html-taint
  res.json({ term });
});

import express, { Request, Response } from "express";
import cookieParser from "cookie-parser";
import serialize from "node-serialize";
import yaml from "js-yaml";

const app = express();
app.use(cookieParser());

app.get("/profile", (req: Request, res: Response) => {
  const raw = Buffer.from(req.cookies.profile, "base64").toString();
  // ruleid: typescript.deserialization.unsafe-deserialize-taint
  const profile = serialize.unserialize(raw);
  // ok: typescript.deserialization.unsafe-deserialize-taint
  const plain = JSON.parse(raw);
  res.json({ profile, plain });
});

app.post("/import", express.text(), (req: Request, res: Response) => {
  // ruleid: typescript.deserialization.unsafe-deserialize-taint
  const doc = yaml.load(req.body, { schema: yaml.DEFAULT_FULL_SCHEMA });
  // ok: typescript.deserialization.unsafe-deserialize-taint
  const safe = yaml.load(req.body, { schema: yaml.JSON_SCHEMA });
  res.json({ doc, safe });
});

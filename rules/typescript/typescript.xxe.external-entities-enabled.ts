import express, { Request, Response } from "express";
import libxmljs from "libxmljs2";

const app = express();
app.use(express.text({ type: "application/xml" }));

app.post("/import", (req: Request, res: Response) => {
  // ruleid: typescript.xxe.external-entities-enabled
  const doc = libxmljs.parseXml(req.body, { noent: true, noblanks: true });
  res.json({ root: doc.root()?.name() });
});

app.post("/import-dtd", (req: Request, res: Response) => {
  // ruleid: typescript.xxe.external-entities-enabled
  const doc = libxmljs.parseXmlString(req.body, { dtdload: true });
  res.json({ root: doc.root()?.name() });
});

app.post("/import-safe", (req: Request, res: Response) => {
  // ok: typescript.xxe.external-entities-enabled
  const doc = libxmljs.parseXml(req.body, { noblanks: true });
  // ok: typescript.xxe.external-entities-enabled
  const other = libxmljs.parseXml(req.body, { noent: false });
  res.json({ root: doc.root()?.name(), other: other.root()?.name() });
});

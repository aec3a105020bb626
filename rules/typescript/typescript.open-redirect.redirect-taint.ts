import express, { Request, Response } from "express";

const app = express();
const ALLOWED_RETURN = ["/dashboard", "/settings"];

app.get("/login/callback", (req: Request, res: Response) => {
  const next = req.query.next as string;
  // ruleid: typescript.open-redirect.redirect-taint
  res.redirect(next);
});

app.get("/go", (req: Request, res: Response) => {
  // ruleid: typescript.open-redirect.redirect-taint
  res.redirect(302, req.query.to as string);
});

app.get("/login/callback-safe", (req: Request, res: Response) => {
  const next = String(req.query.next ?? "/");
  if (!ALLOWED_RETURN.includes(next)) {
    return res.redirect("/");
  }
  // ok: typescript.open-redirect.redirect-taint
  res.redirect(next);
});

app.get("/users/:id", (req: Request, res: Response) => {
  // ok: typescript.open-redirect.redirect-taint
  res.redirect(`/profiles/${req.params.id}`);
});

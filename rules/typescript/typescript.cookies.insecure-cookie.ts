import express, { Request, Response } from "express";
import session from "express-session";

const app = express();

app.use(
  // ruleid: typescript.cookies.insecure-cookie
  session({ secret: process.env.SESSION_SECRET!, resave: false, saveUninitialized: false, cookie: { secure: false } }),
);

app.post("/login", (req: Request, res: Response) => {
  const token = createSessionToken(req.body.email);
  // ruleid: typescript.cookies.insecure-cookie
  res.cookie("session_token", token);
  // ruleid: typescript.cookies.insecure-cookie
  res.cookie("refreshToken", token, { maxAge: 7 * 24 * 3600 * 1000 });
  // ok: typescript.cookies.insecure-cookie
  res.cookie("auth", token, { httpOnly: true, secure: true, sameSite: "lax" });
  // ok: typescript.cookies.insecure-cookie
  res.cookie("theme", "dark");
  res.sendStatus(204);
});

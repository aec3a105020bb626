import express, { Request, Response } from "express";
import session from "express-session";
import { findUserByEmail, checkPassword } from "./users";

const app = express();
app.use(express.json());
app.use(session({ secret: process.env.SESSION_SECRET!, resave: false, saveUninitialized: false }));
const THEMES = ["light", "dark"];

app.post("/login", async (req: Request, res: Response) => {
  const user = await findUserByEmail(req.body.email);
  if (!user || !(await checkPassword(user, req.body.password))) {
    return res.sendStatus(401);
  }
  // ok: typescript.trust-boundary.session-taint
  req.session.userId = user.id;
  // ruleid: typescript.trust-boundary.session-taint
  req.session.role = req.body.role;
  res.sendStatus(204);
});

app.post("/prefs", (req: Request, res: Response) => {
  const { theme, username } = req.body;
  // ruleid: typescript.trust-boundary.session-taint
  req.session.username = username;
  if (THEMES.includes(theme)) {
    // ok: typescript.trust-boundary.session-taint
    req.session.theme = theme;
  }
  res.sendStatus(204);
});

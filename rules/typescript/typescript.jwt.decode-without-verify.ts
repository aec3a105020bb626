import { Request, Response, NextFunction } from "express";
import jwt from "jsonwebtoken";

export function currentUser(req: Request, res: Response, next: NextFunction) {
  const token = (req.headers.authorization ?? "").replace("Bearer ", "");
  // ruleid: typescript.jwt.decode-without-verify
  const claims = jwt.decode(token) as { sub: string; role: string } | null;
  if (!claims) return res.sendStatus(401);
  res.locals.user = claims;
  next();
}

export function isAdmin(token: string): boolean {
  // ruleid: typescript.jwt.decode-without-verify
  const payload = jwt.decode(token, { json: true });
  return payload?.role === "admin";
}

import express, { Request, Response } from "express";
import { db } from "./db";
import { requireAuth, requireRole } from "./middleware/auth";

const app = express();
app.use(express.json());

// ruleid: typescript.access-control.express-route-without-auth
app.get("/admin/users", async (req: Request, res: Response) => {
  res.json(await db.user.findMany());
});

// ruleid: typescript.access-control.express-route-without-auth
app.delete("/api/users/:id", async (req: Request, res: Response) => {
  await db.user.delete({ where: { id: req.params.id } });
  res.sendStatus(204);
});

// ok: typescript.access-control.express-route-without-auth
app.delete("/api/admin/users/:id", requireAuth, requireRole("admin"), async (req: Request, res: Response) => {
  await db.user.delete({ where: { id: req.params.id } });
  res.sendStatus(204);
});

// ok: typescript.access-control.express-route-without-auth
app.get("/api/settings", async (req: Request, res: Response) => {
  if (!req.user) return res.sendStatus(401);
  res.json(await db.settings.findFirst({ where: { userId: req.user.id } }));
});

// ok: typescript.access-control.express-route-without-auth
app.get("/health", (req: Request, res: Response) => {
  res.json({ ok: true });
});

import { Router, Request, Response } from "express";
import passport from "passport";
import { db } from "./db";

export const adminRouter = Router();
adminRouter.use(passport.authenticate("jwt", { session: false }));

// ok: typescript.access-control.express-route-without-auth
adminRouter.get("/admin/export", async (req: Request, res: Response) => {
  res.json(await db.order.findMany());
});

// ok: typescript.access-control.express-route-without-auth
adminRouter.post("/admin/roles", async (req: Request, res: Response) => {
  res.json(await db.role.create({ data: req.body }));
});

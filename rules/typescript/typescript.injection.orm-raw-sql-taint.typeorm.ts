import { Request, Response, Router } from "express";
import { AppDataSource } from "./data-source";
import { User } from "./entity/User";

export const router = Router();

router.get("/users/by-name", async (req: Request, res: Response) => {
  const name = String(req.query.name);
  const users = await AppDataSource.getRepository(User)
    .createQueryBuilder("user")
    // ruleid: typescript.injection.orm-raw-sql-taint
    .where(`user.name = '${name}'`)
    .getMany();
  const safe = await AppDataSource.getRepository(User)
    .createQueryBuilder("user")
    // ok: typescript.injection.orm-raw-sql-taint
    .where("user.name = :name", { name })
    .getMany();
  res.json({ users, safe });
});

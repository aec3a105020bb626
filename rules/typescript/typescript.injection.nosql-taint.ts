import express, { Request, Response } from "express";
import { User } from "./models/user";

const app = express();
app.use(express.json());

app.post("/login", async (req: Request, res: Response) => {
  // ruleid: typescript.injection.nosql-taint
  const user = await User.findOne({ email: req.body.email, password: req.body.password });
  res.json({ ok: Boolean(user) });
});

app.post("/login-safe", async (req: Request, res: Response) => {
  // ok: typescript.injection.nosql-taint
  const user = await User.findOne({ email: String(req.body.email) });
  res.json({ ok: Boolean(user) });
});

app.get("/products", async (req: Request, res: Response) => {
  // ruleid: typescript.injection.nosql-taint
  const products = await Product.find({ category: req.query.category });
  const cart = req.body.items as Array<{ id: string }>;
  // ok: typescript.injection.nosql-taint
  const first = cart.find((item) => item.id === req.query.id);
  // ok: typescript.injection.nosql-taint
  const featured = await Product.find({ featured: true });
  res.json({ products, first, featured });
});

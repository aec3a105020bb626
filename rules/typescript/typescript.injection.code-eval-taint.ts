import express, { Request, Response } from "express";
import vm from "node:vm";

const app = express();
app.use(express.json());

app.post("/calculate", (req: Request, res: Response) => {
  const expression: string = req.body.expression;
  // ruleid: typescript.injection.code-eval-taint
  const result = eval(expression);
  res.json({ result });
});

app.post("/rules", (req: Request, res: Response) => {
  // ruleid: typescript.injection.code-eval-taint
  const check = new Function("order", `return ${req.body.condition};`);
  // ruleid: typescript.injection.code-eval-taint
  const value = vm.runInNewContext(req.body.script, { order: {} });
  // ok: typescript.injection.code-eval-taint
  const parsed = JSON.parse(req.body.config);
  // ok: typescript.injection.code-eval-taint
  const fixed = new Function("a", "b", "return a + b;");
  res.json({ check: check({}), value, parsed, sum: fixed(1, 2) });
});

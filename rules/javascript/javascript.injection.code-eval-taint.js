const express = require("express");
const vm = require("vm");

const app = express();
app.use(express.json());

app.post("/calc", (req, res) => {
  const expr = req.body.expression;
  // ruleid: javascript.injection.code-eval-taint
  const result = eval(expr);
  res.json({ result });
});

app.post("/rules", (req, res) => {
  // ruleid: javascript.injection.code-eval-taint
  const check = new Function("order", "return " + req.body.condition);
  // ruleid: javascript.injection.code-eval-taint
  const out = vm.runInNewContext(req.body.script, { order: req.body.order });
  res.json({ ok: check(req.body.order), out });
});

const operations = { add: (a, b) => a + b, mul: (a, b) => a * b };

app.post("/calc2", (req, res) => {
  const { op, a, b } = req.body;
  // ok: javascript.injection.code-eval-taint
  const fn = operations[op];
  // ok: javascript.injection.code-eval-taint
  const data = JSON.parse(req.body.payload);
  // ok: javascript.injection.code-eval-taint
  setTimeout(() => console.log("done", op), 1000);
  // ok: javascript.injection.code-eval-taint
  const compiled = new vm.Script("total = a + b");
  res.json({ result: fn ? fn(Number(a), Number(b)) : null, data, compiled: Boolean(compiled) });
});

module.exports = app;

const express = require("express");
const mongoose = require("mongoose");

const User = mongoose.model("User", new mongoose.Schema({ email: String, age: Number }));
const app = express();

app.get("/users/by-prefix", async (req, res) => {
  const prefix = req.query.prefix;
  // ruleid: javascript.injection.mongo-where
  const users = await User.find({ $where: "this.email.startsWith('" + prefix + "')" });
  // ok: javascript.injection.mongo-where
  const safe = await User.find({ email: { $regex: "^" + String(prefix).replace(/[.*+?^${}()|[\]\\]/g, "\\$&") } });
  res.json({ users, safe });
});

app.get("/users/older", async (req, res) => {
  // ruleid: javascript.injection.mongo-where
  const users = await User.find().$where(`this.age > ${req.query.age}`);
  // ok: javascript.injection.mongo-where
  const safe = await User.find({ $where: "this.age > 18" });
  // ok: javascript.injection.mongo-where
  const numeric = await User.find({ $where: `this.age > ${Number(req.query.age)}` });
  res.json({ users, safe, numeric });
});

module.exports = app;

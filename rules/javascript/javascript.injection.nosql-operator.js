const express = require("express");
const mongoose = require("mongoose");
const { MongoClient } = require("mongodb");

const User = mongoose.model("User", new mongoose.Schema({ email: String, password: String, role: String }));
const client = new MongoClient(process.env.MONGO_URL);
const db = client.db("app");
const app = express();
app.use(express.json());

app.post("/login", async (req, res) => {
  const { email, password } = req.body;
  // ruleid: javascript.injection.nosql-operator
  const user = await User.findOne({ email, password });
  // ok: javascript.injection.nosql-operator
  const checked = await User.findOne({ email: String(email) });
  res.json({ ok: Boolean(user || checked) });
});

app.get("/orders", async (req, res) => {
  // ruleid: javascript.injection.nosql-operator
  const orders = await db.collection("orders").find({ status: req.query.status }).toArray();
  // ok: javascript.injection.nosql-operator
  const mine = await db.collection("orders").find({ owner: req.user.id }).toArray();
  res.json({ orders, mine });
});

app.get("/search", async (req, res) => {
  // ok: javascript.injection.nosql-operator
  const found = await User.find({ email: "" + req.query.prefix });
  // ok: javascript.injection.nosql-operator
  const byId = await User.findById(req.query.id);
  // ok: javascript.injection.nosql-operator
  const limit = await User.find({ role: "admin" }).limit(Number(req.query.limit));
  res.json({ found, byId, limit });
});

module.exports = app;

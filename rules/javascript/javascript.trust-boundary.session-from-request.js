const express = require("express");
const session = require("express-session");
const bcrypt = require("bcrypt");
const db = require("./models");

const app = express();
app.use(express.json());
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

app.post("/login", async (req, res) => {
  const { email, password, role } = req.body;
  const user = await findUser(email);
  if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
    return res.sendStatus(401);
  }
  // ok: javascript.trust-boundary.session-from-request
  req.session.userId = user.id;
  // ruleid: javascript.trust-boundary.session-from-request
  req.session.role = role;
  res.json({ ok: true });
});

app.post("/preferences", (req, res) => {
  // ruleid: javascript.trust-boundary.session-from-request
  req.session.isAdmin = req.query.admin === "1" || req.body.isAdmin;
  // ok: javascript.trust-boundary.session-from-request
  req.session.lastSeen = Date.now();
  res.sendStatus(204);
});

async function findUser(email) {
  return db.users.findOne({ where: { email: String(email) } });
}

module.exports = app;

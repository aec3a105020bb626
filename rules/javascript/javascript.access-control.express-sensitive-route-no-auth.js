const express = require("express");
const { requireAuth, requireRole } = require("../middleware/auth");
const db = require("../db");

const router = express.Router();

// ruleid: javascript.access-control.express-sensitive-route-no-auth
router.get("/admin/users", async (req, res) => {
  res.json(await db.users.findAll());
});

// ruleid: javascript.access-control.express-sensitive-route-no-auth
router.delete("/users/:id", async (req, res) => {
  await db.users.destroy({ where: { id: req.params.id } });
  res.sendStatus(204);
});

// ok: javascript.access-control.express-sensitive-route-no-auth
router.put("/users/:id/role", requireAuth, requireRole("admin"), async (req, res) => {
  await db.users.update({ role: String(req.body.role) }, { where: { id: req.params.id } });
  res.sendStatus(204);
});

// ok: javascript.access-control.express-sensitive-route-no-auth
router.get("/settings", async (req, res) => {
  if (!req.user) {
    return res.sendStatus(401);
  }
  res.json(await db.settings.findOne({ where: { userId: req.user.id } }));
});

// ok: javascript.access-control.express-sensitive-route-no-auth
router.get("/health", (req, res) => res.json({ ok: true }));

module.exports = router;

// ok: javascript.access-control.express-sensitive-route-no-auth
router.post("/users/register", async (req, res) => {
  res.status(201).json(await db.users.create({ email: String(req.body.email) }));
});

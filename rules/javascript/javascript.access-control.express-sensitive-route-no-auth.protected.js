const express = require("express");
const passport = require("passport");
const db = require("../db");

const adminRouter = express.Router();
adminRouter.use(passport.authenticate("jwt", { session: false }));

// ok: javascript.access-control.express-sensitive-route-no-auth
adminRouter.get("/admin/users", async (req, res) => {
  res.json(await db.users.findAll());
});

// ok: javascript.access-control.express-sensitive-route-no-auth
adminRouter.delete("/admin/users/:id", async (req, res) => {
  await db.users.destroy({ where: { id: req.params.id } });
  res.sendStatus(204);
});

module.exports = adminRouter;

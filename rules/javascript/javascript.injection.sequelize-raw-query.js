const express = require("express");
const { Sequelize, QueryTypes, Op } = require("sequelize");

const sequelize = new Sequelize(process.env.DATABASE_URL);
const router = express.Router();

router.get("/users", async (req, res) => {
  const email = req.query.email;
  // ruleid: javascript.injection.sequelize-raw-query
  const users = await sequelize.query(`SELECT * FROM users WHERE email = '${email}'`, { type: QueryTypes.SELECT });
  // ok: javascript.injection.sequelize-raw-query
  const safe = await sequelize.query("SELECT * FROM users WHERE email = :email", {
    replacements: { email },
    type: QueryTypes.SELECT,
  });
  res.json({ users, safe });
});

router.get("/products", async (req, res) => {
  const products = await Product.findAll({
    // ruleid: javascript.injection.sequelize-raw-query
    order: Sequelize.literal("price " + req.query.dir),
    // ok: javascript.injection.sequelize-raw-query
    attributes: [[Sequelize.literal("price * 1.2"), "gross"]],
    // ok: javascript.injection.sequelize-raw-query
    where: { category: { [Op.eq]: req.query.category } },
  });
  res.json(products);
});

module.exports = router;

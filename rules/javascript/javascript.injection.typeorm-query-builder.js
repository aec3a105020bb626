const express = require("express");
const { AppDataSource } = require("./data-source");

const app = express();

app.get("/users", async (req, res) => {
  const users = await AppDataSource.getRepository("User")
    .createQueryBuilder("user")
    // ruleid: javascript.injection.typeorm-query-builder
    .where(`user.email = '${req.query.email}'`)
    .getMany();
  const safe = await AppDataSource.getRepository("User")
    .createQueryBuilder("user")
    // ok: javascript.injection.typeorm-query-builder
    .where("user.email = :email", { email: req.query.email })
    .getMany();
  res.json({ users, safe });
});

app.get("/posts", async (req, res) => {
  const posts = await AppDataSource.getRepository("Post")
    .createQueryBuilder("post")
    .where("post.published = :p", { p: true })
    // ruleid: javascript.injection.typeorm-query-builder
    .andWhere("post.title LIKE '%" + req.query.q + "%'")
    // ok: javascript.injection.typeorm-query-builder
    .orderBy("post.createdAt", "DESC")
    .getMany();
  res.json(posts);
});

module.exports = app;

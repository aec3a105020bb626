const express = require("express");
const { PrismaClient } = require("@prisma/client");

const prisma = new PrismaClient();
const app = express();
app.use(express.json());

app.get("/users", async (req, res) => {
  const { email } = req.query;
  // ruleid: javascript.injection.prisma-raw-unsafe
  const users = await prisma.$queryRawUnsafe(`SELECT * FROM "User" WHERE email = '${email}'`);
  // ok: javascript.injection.prisma-raw-unsafe
  const safe = await prisma.$queryRaw`SELECT * FROM "User" WHERE email = ${email}`;
  // ok: javascript.injection.prisma-raw-unsafe
  const positional = await prisma.$queryRawUnsafe('SELECT * FROM "User" WHERE email = $1', email);
  res.json({ users, safe, positional });
});

app.post("/archive", async (req, res) => {
  const table = req.body.table;
  // ruleid: javascript.injection.prisma-raw-unsafe
  await prisma.$executeRawUnsafe("DELETE FROM " + table + " WHERE archived = true");
  res.sendStatus(204);
});

module.exports = app;

import { NextRequest, NextResponse } from "next/server";
import { PrismaClient } from "@prisma/client";
import knex from "knex";

const prisma = new PrismaClient();
const db = knex({ client: "pg", connection: process.env.DATABASE_URL });

export async function GET(request: NextRequest) {
  const email = request.nextUrl.searchParams.get("email") ?? "";
  // ruleid: typescript.injection.orm-raw-sql-taint
  const users = await prisma.$queryRawUnsafe(`SELECT * FROM "User" WHERE email = '${email}'`);
  // ok: typescript.injection.orm-raw-sql-taint
  const same = await prisma.$queryRaw`SELECT * FROM "User" WHERE email = ${email}`;
  // ok: typescript.injection.orm-raw-sql-taint
  const bound = await prisma.$queryRawUnsafe('SELECT * FROM "User" WHERE email = $1', email);
  return NextResponse.json({ users, same, bound });
}

export async function POST(request: NextRequest) {
  const body = await request.json();
  // ruleid: typescript.injection.orm-raw-sql-taint
  const rows = await db("orders").whereRaw("status = '" + body.status + "'");
  // ok: typescript.injection.orm-raw-sql-taint
  const safeRows = await db("orders").whereRaw("status = ?", [body.status]);
  // ok: typescript.injection.orm-raw-sql-taint
  const plain = await db("orders").where({ status: body.status });
  return NextResponse.json({ rows, safeRows, plain });
}

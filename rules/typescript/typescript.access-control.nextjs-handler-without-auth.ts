import { NextRequest, NextResponse } from "next/server";
import { prisma } from "@/lib/prisma";
import { auth } from "@/auth";

// ruleid: typescript.access-control.nextjs-handler-without-auth
export async function DELETE(request: NextRequest, { params }: { params: { id: string } }) {
  await prisma.user.delete({ where: { id: params.id } });
  return NextResponse.json({ ok: true });
}

// ok: typescript.access-control.nextjs-handler-without-auth
export async function PATCH(request: NextRequest, { params }: { params: { id: string } }) {
  const session = await auth();
  if (session?.user?.role !== "admin") {
    return NextResponse.json({ error: "forbidden" }, { status: 403 });
  }
  const data = await request.json();
  return NextResponse.json(await prisma.user.update({ where: { id: params.id }, data }));
}

// ok: typescript.access-control.nextjs-handler-without-auth
export async function GET() {
  return NextResponse.json(await prisma.post.findMany({ where: { published: true } }));
}

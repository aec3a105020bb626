"use server";

import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/prisma";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth";

// ruleid: typescript.access-control.nextjs-handler-without-auth
export async function deleteUser(formData: FormData) {
  await prisma.user.delete({ where: { id: String(formData.get("id")) } });
  revalidatePath("/admin/users");
}

// ok: typescript.access-control.nextjs-handler-without-auth
export async function updateProfile(formData: FormData) {
  const session = await getServerSession(authOptions);
  if (!session?.user) throw new Error("Unauthorized");
  await prisma.user.update({ where: { id: session.user.id }, data: { name: String(formData.get("name")) } });
}

// ok: typescript.access-control.nextjs-handler-without-auth
export async function searchPosts(query: string) {
  return prisma.post.findMany({ where: { title: { contains: query } } });
}

import { NextRequest } from "next/server";

export async function GET(request: NextRequest) {
  const q = request.nextUrl.searchParams.get("q") ?? "";
  // ruleid: typescript.xss.response-html-taint
  return new Response(`<html><body>Results for ${q}</body></html>`, { headers: { "Content-Type": "text/html" } });
}

export async function POST(request: NextRequest) {
  const { q } = await request.json();
  // ok: typescript.xss.response-html-taint
  return new Response(JSON.stringify({ q }), { headers: { "Content-Type": "application/json" } });
}

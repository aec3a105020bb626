import jwt from "jsonwebtoken";

export function authenticate(token: string) {
  const claims = jwt.verify(token, process.env.JWT_SECRET!, { algorithms: ["HS256"] });
  return claims;
}

export function expiry(token: string): number | undefined {
  // ok: typescript.jwt.decode-without-verify
  const decoded = jwt.decode(token) as { exp?: number } | null;
  return decoded?.exp;
}

export function issuer(token: string): string | undefined {
  // ok: typescript.jwt.decode-without-verify
  return (jwt.decode(token) as { iss?: string } | null)?.iss;
}

import jwt from "jsonwebtoken";

const SECRET = process.env.JWT_SECRET!;

export function issue(userId: string): string {
  // ruleid: typescript.jwt.none-algorithm
  return jwt.sign({ sub: userId }, "", { algorithm: "none" });
}

export function check(token: string) {
  // ruleid: typescript.jwt.none-algorithm
  return jwt.verify(token, SECRET, { algorithms: ["HS256", "none"] });
}

export function issueSafe(userId: string): string {
  // ok: typescript.jwt.none-algorithm
  return jwt.sign({ sub: userId }, SECRET, { algorithm: "HS256", expiresIn: "15m" });
}

export function checkSafe(token: string) {
  // ok: typescript.jwt.none-algorithm
  return jwt.verify(token, SECRET, { algorithms: ["HS256"] });
}

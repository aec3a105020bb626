import jwt from "jsonwebtoken";
import { Module } from "@nestjs/common";
import { JwtModule } from "@nestjs/jwt";
import { ExtractJwt, Strategy } from "passport-jwt";

export function issue(userId: string): string {
  // ruleid: typescript.jwt.hardcoded-secret
  return jwt.sign({ sub: userId }, "super-secret-jwt-key-2024", { expiresIn: "1h" });
}

@Module({
  // ruleid: typescript.jwt.hardcoded-secret
  imports: [JwtModule.register({ secret: "myS3cretJwtKey", signOptions: { expiresIn: "60m" } })],
})
export class AuthModule {}

export const strategyOptions = {
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
  // ok: typescript.jwt.hardcoded-secret
  secretOrKey: process.env.JWT_SECRET,
};

export function issueSafe(userId: string): string {
  // ok: typescript.jwt.hardcoded-secret
  return jwt.sign({ sub: userId }, process.env.JWT_SECRET!, { algorithm: "HS256", expiresIn: "1h" });
}

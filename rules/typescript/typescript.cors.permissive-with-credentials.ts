import express from "express";
import cors from "cors";
import { NestFactory } from "@nestjs/core";
import { AppModule } from "./app.module";

const app = express();

// ruleid: typescript.cors.permissive-with-credentials
app.use(cors({ origin: true, credentials: true }));

// ok: typescript.cors.permissive-with-credentials
app.use(cors({ origin: ["https://app.example.com"], credentials: true }));

// ok: typescript.cors.permissive-with-credentials
app.use(cors({ origin: "*" }));

app.use((req, res, next) => {
  // ruleid: typescript.cors.permissive-with-credentials
  res.setHeader("Access-Control-Allow-Origin", req.headers.origin ?? "");
  res.setHeader("Access-Control-Allow-Credentials", "true");
  next();
});

export async function bootstrap() {
  const nest = await NestFactory.create(AppModule);
  // ruleid: typescript.cors.permissive-with-credentials
  nest.enableCors({ origin: "*", credentials: true });
  await nest.listen(3000);
}

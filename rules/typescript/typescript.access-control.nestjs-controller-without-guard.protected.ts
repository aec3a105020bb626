import { Controller, Get, Module } from "@nestjs/common";
import { APP_GUARD } from "@nestjs/core";
import { JwtAuthGuard } from "./jwt-auth.guard";

// ok: typescript.access-control.nestjs-controller-without-guard
@Controller("admin")
export class AdminController {
  @Get("stats")
  stats() {
    return {};
  }
}

@Module({
  controllers: [AdminController],
  providers: [{ provide: APP_GUARD, useClass: JwtAuthGuard }],
})
export class AppModule {}

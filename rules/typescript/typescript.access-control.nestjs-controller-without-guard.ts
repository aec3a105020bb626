import { Controller, Delete, Get, Param, UseGuards } from "@nestjs/common";
import { AuthGuard } from "@nestjs/passport";
import { UsersService } from "./users.service";

// ruleid: typescript.access-control.nestjs-controller-without-guard
@Controller("admin/users")
export class AdminUsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  findAll() {
    return this.users.findAll();
  }

  @Delete(":id")
  remove(@Param("id") id: string) {
    return this.users.remove(id);
  }
}

// ok: typescript.access-control.nestjs-controller-without-guard
@Controller("billing")
@UseGuards(AuthGuard("jwt"))
export class BillingController {
  @Get("invoices")
  invoices() {
    return [];
  }
}

// ok: typescript.access-control.nestjs-controller-without-guard
@Controller("health")
export class HealthController {
  @Get()
  check() {
    return { ok: true };
  }
}

// ruleid: typescript.access-control.nestjs-controller-without-guard
@Controller("settings")
export class SettingsController {
  @Get()
  get() {
    return {};
  }
}

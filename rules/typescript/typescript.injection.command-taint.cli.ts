import { execSync } from "node:child_process";

const target = process.argv[2];
// ruleid: typescript.injection.command-taint
execSync(`git clone ${target} ./checkout`, { stdio: "inherit" });
// ok: typescript.injection.command-taint
execSync("git --version", { stdio: "inherit" });

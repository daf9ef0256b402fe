#!/usr/bin/env node
// `PORT=… npm run start:nginx`: serves out/ with real nginx and the shipped config
// (deploy/nginx/site.conf), in the foreground on 127.0.0.1 (HOST to change it), like a
// deployment would. Builds first when there is no out/. The run's nginx.conf, pid and
// temp files live in a fresh folder under the system temp dir; nothing is logged but
// errors. Needs nginx and libnginx-mod-http-brotli-static (tools/test.sh installs them).
import { existsSync } from "node:fs";
import { ensureBuild, startNginx } from "./servers.mjs";

const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? "127.0.0.1";
if (!existsSync("/usr/sbin/nginx")) {
  console.error("start:nginx needs nginx: apt-get install nginx libnginx-mod-http-brotli-static");
  process.exit(1);
}
ensureBuild();
const nginx = await startNginx({ port, host, stdio: "inherit" });
console.log(`> 逾期明白 on ${nginx.url} (nginx, ${nginx.confFile})`);
nginx.child.on("exit", (code) => process.exit(code ?? 1));

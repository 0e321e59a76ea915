// Copies the files the app serves into wwwroot/lib (git-ignored): our modules and styles, and the
// vendor files from node_modules. Nothing is fetched at run time: the app works on a cut-off intranet.
import { cpSync, mkdirSync, existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const target = resolve(process.argv[2] ?? join(here, "../src/ComplianceDashboard.Web/wwwroot/lib"));

const copies = [
  ["src", "app"],
  ["styles", "app"],
  ["node_modules/apexcharts/dist/apexcharts.min.js", "apexcharts/apexcharts.min.js"],
  ["node_modules/apexcharts/dist/apexcharts.css", "apexcharts/apexcharts.css"],
  ["node_modules/apexcharts/LICENSE", "apexcharts/LICENSE"],
];

for (const [from, to] of copies) {
  const source = join(here, from);
  if (!existsSync(source)) {
    console.error(`missing ${from}: run npm ci in wwwroot-assets`);
    process.exit(1);
  }
  const destination = join(target, to);
  mkdirSync(dirname(destination), { recursive: true });
  cpSync(source, destination, { recursive: true });
}
console.log(`front-end assets copied to ${target}`);

import fs from "node:fs";
import path from "node:path";

/** "METHOD /path" of every route handler under app/api/v1, from the files. */
export function restRoutes(): string[] {
  const root = path.join("app", "api", "v1");
  const routes: string[] = [];
  for (const file of fs.readdirSync(root, { recursive: true, encoding: "utf8" })) {
    if (!file.endsWith("route.ts")) continue;
    const url = `/${path.dirname(file)}`.replace(/\[(\w+)\]/g, "{$1}").replace(/\/\.$/, "");
    const source = fs.readFileSync(path.join(root, file), "utf8");
    for (const m of source.matchAll(/export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/g)) {
      routes.push(`${m[1]} ${url}`);
    }
  }
  return routes.sort();
}

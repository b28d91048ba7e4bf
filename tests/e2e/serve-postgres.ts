// Starts the production build on a fresh Postgres database of this run, with the demo data and a few e2e accounts.
import { prepareDemoDatabase, startProductionServer } from "../support/app-server";
import { E2E_USERS } from "./support/accounts";

const name = process.env.E2E_DATABASE!;
await prepareDemoDatabase(name);
const { createUser } = await import("@/lib/users/create-user");
const { db } = await import("@/lib/db/client");
for (const user of E2E_USERS) await createUser("system", user);
await db.user.updateMany({ where: { email: { startsWith: "disabled" } }, data: { disabled: true } });
await db.$disconnect();

startProductionServer(name, process.env.PORT ?? "3100");

import { databaseConfig, describeDatabase } from "@/lib/db/config";

/** Runs a CLI entry point: prints a clear one-paragraph error instead of a stack trace for expected failures. */
export function runCli(main: () => Promise<void>): void {
  main().then(
    () => process.exit(process.exitCode ?? 0),
    (error: unknown) => {
      console.error(`\nError: ${explain(error)}`);
      if (process.env.DEBUG) console.error(error);
      process.exit(1);
    },
  );
}

function explain(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string } | null)?.code;
  if (code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "CONNECT_TIMEOUT" || /ECONNREFUSED/.test(message)) {
    return `cannot reach the database (${describeDatabase(databaseConfig())}). Is the server running and DATABASE_URL right?`;
  }
  return message;
}

import "server-only";
import { headers } from "next/headers";
import { clientIp } from "@/lib/auth/client-ip";

/** The site's public origin for links in e-mails: `NEXTAUTH_URL` when set, else the host this request came to. */
export async function actionOrigin(): Promise<string> {
  const configured = process.env.NEXTAUTH_URL;
  if (configured) return new URL(configured).origin;
  const bag = await headers();
  const proto = bag.get("x-forwarded-proto") === "https" ? "https" : "http";
  return `${proto}://${bag.get("host") ?? "localhost"}`;
}

/** The calling client's address for rate limits, as the sign-in route computes it (lib/auth/client-ip.ts). */
export async function actionClientIp(): Promise<string> {
  return clientIp(await headers());
}

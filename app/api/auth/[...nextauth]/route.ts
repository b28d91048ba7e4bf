import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

/**
 * next-auth's `_log` action writes whatever an anonymous POST says into the server log (it exists for its client's
 * debug logging, which the app does not use): refused here, before next-auth sees it.
 */
async function POST(request: Request, context: Context) {
  if ((await context.params).nextauth[0] === "_log") return new Response(null, { status: 404 });
  return handler(request, context);
}

export { handler as GET, POST };

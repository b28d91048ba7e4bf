// X-Forwarded-For trusted with no proxy (issue 11, item 5). The e2e server runs as the README's production setup
// (no proxy, TRUSTED_PROXIES unset). Two clients on their own loopback addresses: A forges X-Forwarded-For on every
// sign-in; the lock on A's address still holds, and A's forged "B" address does not lock B out.
import http from "node:http";
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "../support/accounts";

const IP_LIMIT = 50;

/** One HTTP exchange from a given local address (Linux routes all of 127.0.0.0/8 to loopback). */
function call(
  url: string,
  options: { localAddress: string; method?: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method: options.method ?? "GET", headers: options.headers, localAddress: options.localAddress },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (part: string) => {
          body += part;
        });
        res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body }));
      },
    );
    req.on("error", reject);
    req.end(options.body);
  });
}

/** A browser-like client of next-auth's credentials sign-in, bound to one local address. */
async function client(baseURL: string, localAddress: string) {
  const csrf = await call(`${baseURL}/api/auth/csrf`, { localAddress });
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const cookie = (csrf.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]).join("; ");
  /** "signed in", or the error the sign-in form would show. */
  return async (email: string, password: string, forwardedFor?: string): Promise<string> => {
    const response = await call(`${baseURL}/api/auth/callback/credentials`, {
      localAddress,
      method: "POST",
      headers: {
        cookie,
        "content-type": "application/x-www-form-urlencoded",
        ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}),
      },
      body: new URLSearchParams({ csrfToken, email, password, json: "true" }).toString(),
    });
    if ((response.headers["set-cookie"] ?? []).some((c) => /session-token=[^;]/.test(c))) return "signed in";
    const url = (JSON.parse(response.body) as { url?: string }).url ?? "";
    return new URL(url, baseURL).searchParams.get("error") ?? `status ${response.status}`;
  };
}

test("a forged X-Forwarded-For neither escapes the lock on one's own address nor locks out another client", async ({
  baseURL,
}) => {
  test.setTimeout(120_000);
  const a = await client(baseURL!, "127.0.0.2");
  const b = await client(baseURL!, "127.0.0.3");
  // A fails as many times as an address may, each time claiming to be someone else, B's address among them.
  const stamp = Date.now();
  for (let batch = 0; batch < IP_LIMIT / 10; batch++) {
    const outcomes = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        a(`nobody-${stamp}-${batch}-${i}@e2e.test`, "wrong-password", i % 2 ? "::ffff:127.0.0.3" : `198.51.100.${i}`),
      ),
    );
    expect(
      outcomes.every((o) => o === "The email or password is incorrect."),
      outcomes.join(),
    ).toBe(true);
  }
  expect(await a("student@demo.test", DEMO_PASSWORD, "203.0.113.7")).toMatch(/^Too many failed sign-in attempts/);
  expect(await a("student@demo.test", DEMO_PASSWORD)).toMatch(/^Too many failed sign-in attempts/);
  expect(await b("student@demo.test", DEMO_PASSWORD)).toBe("signed in");
});

// Unbounded request bodies (issue 11, item 3): a write is authorized before its body is read, and a body is read as
// a stream with a hard limit. An anonymous caller sending a 400 MB chunked body gets its 401 while almost all of it
// is still unsent; a body announced too large is refused by its Content-Length alone.
import http from "node:http";
import { expect, test } from "@playwright/test";
import { callers } from "../support/http-roles";

const MB = 1024 * 1024;

interface Sent {
  status: number;
  body: string;
  /** How much of the body had been handed to the socket when the answer came. */
  sentBytes: number;
}

/**
 * POSTs up to `totalBytes` in 1 MB chunks (chunked transfer encoding, no Content-Length), stopping as soon as the
 * server answers; TCP back-pressure keeps this side from running ahead of what the server reads.
 */
function streamBody(url: string, headers: Record<string, string>, totalBytes: number): Promise<Sent> {
  const chunk = Buffer.alloc(MB, "[");
  return new Promise((resolve, reject) => {
    let sentBytes = 0;
    let answered = false;
    const req = http.request(url, { method: "POST", headers }, (res) => {
      answered = true;
      const parts: Buffer[] = [];
      res.on("data", (part: Buffer) => parts.push(part));
      res.on("end", () => {
        resolve({ status: res.statusCode!, body: Buffer.concat(parts).toString(), sentBytes });
        req.destroy();
      });
    });
    req.on("error", (error) => (answered ? undefined : reject(error)));
    const pump = () => {
      while (!answered && sentBytes < totalBytes) {
        sentBytes += chunk.length;
        if (!req.write(chunk)) return req.once("drain", pump);
      }
      if (!answered) req.end();
    };
    pump();
  });
}

test("an anonymous 400 MB chunked JSON or multipart body is refused with 401 before it is read", async ({
  baseURL,
}) => {
  for (const type of ["application/json", "multipart/form-data; boundary=x"]) {
    const sent = await streamBody(`${baseURL}/api/v1/documents`, { "content-type": type }, 400 * MB);
    expect(sent.status, type).toBe(401);
    // The server answered with nearly all of the body unsent: it never waited for it.
    expect(sent.sentBytes, type).toBeLessThan(100 * MB);
  }
});

test("an editor's oversized body is refused with 413: announced, at once; chunked, at the limit", async ({
  baseURL,
  request,
}) => {
  const as = await callers(baseURL!);
  const auth = { authorization: `Bearer ${as.editor.token}` };
  // Announced by Content-Length: refused before a byte is read (only "{" is ever sent).
  const byHand = await new Promise<number>((resolve, reject) => {
    const req = http.request(
      `${baseURL}/api/v1/documents`,
      { method: "POST", headers: { ...auth, "content-type": "application/json", "content-length": String(400 * MB) } },
      (res) => {
        resolve(res.statusCode!);
        res.resume();
        req.destroy();
      },
    );
    req.on("error", reject);
    req.write("{");
  });
  expect(byHand).toBe(413);

  const chunked = await streamBody(
    `${baseURL}/api/v1/documents`,
    { ...auth, "content-type": "application/json" },
    400 * MB,
  );
  expect(chunked.status).toBe(413);
  expect(JSON.parse(chunked.body)).toMatchObject({ error: { code: "TOO_LARGE" } });
  expect(chunked.sentBytes).toBeLessThan(100 * MB);

  const comment = await streamBody(
    `${baseURL}/api/v1/claims/any-claim/comments`,
    { ...auth, "content-type": "application/json" },
    20 * MB,
  );
  expect(comment.status).toBe(413);
  expect((await request.get("/api/health")).status()).toBe(200);
});

"use client";

export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", maxWidth: "40rem", margin: "4rem auto", padding: "0 1rem" }}>
        <h1>Claimwise is having trouble</h1>
        <p>
          An unexpected error stopped the page. Please reload in a moment
          {error.digest ? ` (reference ${error.digest})` : ""}.
        </p>
      </body>
    </html>
  );
}

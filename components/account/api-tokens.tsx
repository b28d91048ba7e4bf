"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { createTokenAction, revokeTokenAction } from "@/lib/tokens/actions";

/** A token as the account page lists it, its dates already written out by the server. */
export interface TokenRow {
  id: string;
  name: string;
  prefix: string;
  created: string;
  lastUsed: string | null;
  expires: string | null;
  expired: boolean;
}

const EXPIRIES = [7, 30, 90, 365] as const;

export function ApiTokens({ tokens }: { tokens: TokenRow[] }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const [copied, setCopied] = useState(false);
  const [pending, setPending] = useState(false);

  async function onCreate(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    setPending(true);
    setError(null);
    setCopied(false);
    try {
      const result = await createTokenAction({
        name: String(form.get("name") ?? ""),
        expiresInDays: Number(form.get("expiresInDays")),
      });
      if (!result.ok) return setError(result.message);
      setCreated({ name: result.data.name, secret: result.data.secret });
      formElement.reset();
      router.refresh();
    } catch {
      setError("Could not reach the server. Check your connection and try again.");
    } finally {
      setPending(false);
    }
  }

  async function onRevoke(token: TokenRow) {
    if (!window.confirm(`Revoke “${token.name}”? Scripts that use it stop working at once.`)) return;
    setError(null);
    const result = await revokeTokenAction({ tokenId: token.id }).catch(() => null);
    if (!result?.ok) return setError(result?.message ?? "Could not reach the server. Nothing was revoked.");
    router.refresh();
  }

  async function copy(secret: string) {
    await navigator.clipboard.writeText(secret).then(
      () => setCopied(true),
      () => setError("Your browser did not let us copy: select the token and copy it yourself."),
    );
  }

  return (
    <div className="flex flex-col gap-4">
      {error && <Alert tone="error">{error}</Alert>}
      {created && (
        <Alert title={`Your new token “${created.name}”`}>
          <p>Copy it now: it is shown only this once. Send it as `Authorization: Bearer …`.</p>
          <div className="mt-2 flex items-center gap-2">
            <code data-testid="new-token" className="break-all rounded bg-white px-2 py-1 font-mono dark:bg-slate-900">
              {created.secret}
            </code>
            <Button variant="secondary" onClick={() => copy(created.secret)}>
              {copied ? "Copied" : "Copy"}
            </Button>
          </div>
        </Alert>
      )}
      <form onSubmit={onCreate} className="flex flex-wrap items-end gap-3" aria-label="Create an API token">
        <Field id="token-name" name="name" label="Name (what uses it)" required maxLength={100} />
        <div className="flex flex-col gap-1">
          <label htmlFor="token-expiry" className="text-sm font-medium">
            Expires after
          </label>
          <select
            id="token-expiry"
            name="expiresInDays"
            defaultValue={30}
            className="rounded-md border border-slate-400 bg-white px-3 py-2 dark:border-slate-500 dark:bg-slate-900"
          >
            {EXPIRIES.map((days) => (
              <option key={days} value={days}>
                {days} days
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create token"}
        </Button>
      </form>
      {tokens.length === 0 ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">You have no API tokens.</p>
      ) : (
        <table className="w-full text-left text-sm" data-testid="api-tokens">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Token</th>
              <th scope="col">Created</th>
              <th scope="col">Last used</th>
              <th scope="col">Expires</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((token) => (
              <tr key={token.id} className="border-t border-slate-200 dark:border-slate-700">
                <td>{token.name}</td>
                <td className="font-mono">{token.prefix}…</td>
                <td>{token.created}</td>
                <td>{token.lastUsed ?? "Never"}</td>
                <td>{token.expired ? `Expired ${token.expires}` : (token.expires ?? "Never")}</td>
                <td>
                  <Button variant="ghost" onClick={() => onRevoke(token)} aria-label={`Revoke ${token.name}`}>
                    Revoke
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

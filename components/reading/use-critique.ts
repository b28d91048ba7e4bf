"use client";

import { useEffect, useState } from "react";
import type { ClaimCritique } from "@/lib/reading/claim-critique";

type State = { kind: "loading" } | { kind: "loaded"; critique: ClaimCritique } | { kind: "error"; message: string };

// One request per claim per page view: reopening a critique, or opening it in the sheet after the margin, is instant.
const loaded = new Map<string, Promise<ClaimCritique>>();

function fetchCritique(claimId: string): Promise<ClaimCritique> {
  let request = loaded.get(claimId);
  if (!request) {
    request = fetch(`/api/v1/claims/${encodeURIComponent(claimId)}/critique`).then(async (response) => {
      if (!response.ok) throw new Error(String(response.status));
      return (await response.json()) as ClaimCritique;
    });
    // A failed request is forgotten so that opening the critique again retries it.
    request.catch(() => loaded.delete(claimId));
    loaded.set(claimId, request);
  }
  return request;
}

/** A claim's critique, loaded from GET /api/v1/claims/{id}/critique when a reader opens it. */
export function useCritique(claimId: string): State {
  const [state, setState] = useState<State>({ kind: "loading" });
  useEffect(() => {
    let current = true;
    setState({ kind: "loading" });
    fetchCritique(claimId).then(
      (critique) => current && setState({ kind: "loaded", critique }),
      () =>
        current &&
        setState({ kind: "error", message: "The critique could not be loaded. Close it and open it again to retry." }),
    );
    return () => {
      current = false;
    };
  }, [claimId]);
  return state;
}

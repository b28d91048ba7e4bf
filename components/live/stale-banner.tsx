"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** Shown over a form whose claim someone else changed while it was open: before typing, not after a conflict. */
export function StaleBanner({ what, onLoadLatest }: { what: string; onLoadLatest: () => void }) {
  return (
    <Alert tone="info">
      <span data-testid="stale-banner">{what} changed since you opened it. </span>
      <Button variant="secondary" onClick={onLoadLatest}>
        Load latest
      </Button>
    </Alert>
  );
}

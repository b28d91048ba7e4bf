"use client";

import { type ReactNode, useState } from "react";
import { DatabaseUnavailable } from "@/components/layout/database-unavailable";
import { Alert } from "@/components/ui/alert";

/**
 * A live page's content, kept when a refresh comes back from a database outage. A live event refreshes the page in
 * the background (router.refresh), and the database can go away while that refresh is being rendered: the outage
 * notice must not then replace what the reader is looking at, an open form with unsaved text included. The page
 * keeps what it showed, says it could not be brought up to date, and the next refresh (the reconnection's `resync`)
 * brings it back. A page first loaded during an outage has nothing to keep and explains the outage.
 *
 * The server renders `<KeepWhileUnavailable unavailable={!loaded.ok}>{loaded.ok && <Page …/>}</KeepWhileUnavailable>`.
 */
export function KeepWhileUnavailable({ unavailable, children }: { unavailable: boolean; children: ReactNode }) {
  const [shown, setShown] = useState<ReactNode>(unavailable ? null : children);
  // Derived from props during render (React's documented pattern for state that follows a prop).
  if (!unavailable && children !== shown) setShown(children);
  if (unavailable && shown === null) return <DatabaseUnavailable />;
  return (
    <>
      {unavailable ? (
        <div className="mb-4">
          <Alert tone="info" title="This page could not be brought up to date">
            The database is not available right now, so changes made since it was loaded are not shown. What you type is
            kept; the page updates by itself when the database is back.
          </Alert>
        </div>
      ) : null}
      {unavailable ? shown : children}
    </>
  );
}

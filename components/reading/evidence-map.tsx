"use client";

import { lazy, Suspense, useState } from "react";
import type { EvidenceMap as EvidenceMapData } from "@/lib/reading/evidence-map";

const EvidenceMapChart = lazy(() => import("./evidence-map-chart"));

/**
 * The evidence map behind its summary: the chart and its tables are drawn the first time the reader opens it, so the
 * reading page does not carry (or hydrate) them for every reader; the counts come with the page. Its cells filter
 * the critiques, which needs script anyway.
 */
export function EvidenceMap({ map }: { map: EvidenceMapData }) {
  const [opened, setOpened] = useState(false);
  return (
    <details className="reading-tool" onToggle={(event) => event.currentTarget.open && setOpened(true)}>
      <summary>Evidence map</summary>
      <div className="reading-tool-panel">
        {opened && (
          <Suspense fallback={<p role="status">Drawing the map…</p>}>
            <EvidenceMapChart map={map} />
          </Suspense>
        )}
      </div>
    </details>
  );
}

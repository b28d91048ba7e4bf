import { TIER_LABELS } from "@/lib/claims/tiers";
import { cellKey, type EvidenceMap as EvidenceMapData, MAP_CERTAINTIES, MAP_TIERS } from "@/lib/reading/evidence-map";
import { CERTAINTY } from "@/lib/reviews/grade-labels";

const tierLabel = (t: (typeof MAP_TIERS)[number]) => (t === "NONE" ? "No tier" : TIER_LABELS[t]);
const certaintyLabel = (c: (typeof MAP_CERTAINTIES)[number]) => (c === "NONE" ? "Not graded" : CERTAINTY[c].label);
const filterHref = (tier: string, certainty: string) => `#filter=${tier}:${certainty}`;

const CELL = 56;
const LEFT = 120;
const TOP = 40;

/**
 * The document's claims by evidence tier and certainty: a chart (plain SVG), each cell a link that filters the
 * critiques, with the same numbers as tables for screen readers.
 */
export default function EvidenceMapChart({ map }: { map: EvidenceMapData }) {
  const width = LEFT + CELL * MAP_CERTAINTIES.length;
  const height = TOP + CELL * MAP_TIERS.length;
  return (
    <>
      <svg viewBox={`0 0 ${width} ${height}`} className="w-full max-w-md" aria-hidden="true" focusable="false">
        {MAP_CERTAINTIES.map((c, j) => (
          <text
            key={c}
            x={LEFT + CELL * j + CELL / 2}
            y={TOP - 12}
            textAnchor="middle"
            fontSize="11"
            fill="currentColor"
          >
            {certaintyLabel(c)}
          </text>
        ))}
        {MAP_TIERS.map((t, i) => (
          <g key={t}>
            <text x={LEFT - 8} y={TOP + CELL * i + CELL / 2 + 4} textAnchor="end" fontSize="11" fill="currentColor">
              {tierLabel(t)}
            </text>
            {MAP_CERTAINTIES.map((c, j) => {
              const n = map.cells[cellKey(t, c)] ?? 0;
              const r = n ? 6 + (CELL / 2 - 8) * Math.sqrt(n / map.max) : 0;
              const cx = LEFT + CELL * j + CELL / 2;
              const cy = TOP + CELL * i + CELL / 2;
              return (
                <g key={c}>
                  <rect
                    x={cx - CELL / 2}
                    y={cy - CELL / 2}
                    width={CELL}
                    height={CELL}
                    fill="none"
                    stroke="currentColor"
                    strokeOpacity="0.15"
                  />
                  {n > 0 && (
                    <a href={filterHref(t, c)} tabIndex={-1}>
                      <circle cx={cx} cy={cy} r={r} className="evidence-dot" data-tier={t} />
                      <text x={cx} y={cy + 4} textAnchor="middle" fontSize="12" fontWeight="600" fill="currentColor">
                        {n}
                      </text>
                    </a>
                  )}
                </g>
              );
            })}
          </g>
        ))}
      </svg>
      <details className="mt-2">
        <summary className="cursor-pointer">The map as a table</summary>
        <table className="mt-2 w-full border-collapse text-xs">
          <caption className="sr-only">Claims by evidence tier (rows) and certainty (columns)</caption>
          <thead>
            <tr>
              <th scope="col">Tier</th>
              {MAP_CERTAINTIES.map((c) => (
                <th key={c} scope="col">
                  {certaintyLabel(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {MAP_TIERS.map((t) => (
              <tr key={t}>
                <th scope="row" className="text-left">
                  {tierLabel(t)}
                </th>
                {MAP_CERTAINTIES.map((c) => {
                  const n = map.cells[cellKey(t, c)] ?? 0;
                  return (
                    <td key={c} className="text-center">
                      {n ? (
                        <a href={filterHref(t, c)} className="underline">
                          {n}
                        </a>
                      ) : (
                        0
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        <table className="mt-3 w-full border-collapse text-xs">
          <caption className="text-left font-semibold">Claims by section</caption>
          <thead>
            <tr>
              <th scope="col" className="text-left">
                Section
              </th>
              {MAP_TIERS.map((t) => (
                <th key={t} scope="col">
                  {tierLabel(t)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {map.sections.map(({ section, counts }) => (
              <tr key={section}>
                <th scope="row" className="text-left font-normal">
                  {section}
                </th>
                {MAP_TIERS.map((t) => (
                  <td key={t} className="text-center">
                    {counts[t]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  );
}

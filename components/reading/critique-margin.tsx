"use client";

import { X } from "lucide-react";
import { lazy, memo, Suspense, useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import {
  ARTICLE_GREW_EVENT,
  type ClaimSummary,
  claimMarks,
  FILTER_EVENT,
  MARK_SELECTOR,
  NEED_REST_EVENT,
  summaryOf,
} from "./claim-marks";
import { CritiqueSummaryLine } from "./critique-summary-line";

// What only an opened critique needs is fetched the first time one opens: the phone's bottom sheet (Vaul), and the
// critique's own rendering.
const CritiqueSheet = lazy(() => import("./critique-sheet"));
const CritiqueDetails = lazy(() => import("./critique-details").then((m) => ({ default: m.CritiqueDetails })));

const WIDE = "(min-width: 1024px)";
/** Space between stacked cards in the margin, in px. */
const GAP = 6;

function useWide(): boolean | null {
  const [wide, setWide] = useState<boolean | null>(null);
  useEffect(() => {
    const query = matchMedia(WIDE);
    const update = () => setWide(query.matches);
    update();
    query.addEventListener("change", update);
    return () => query.removeEventListener("change", update);
  }, []);
  return wide;
}

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/** Positions cards level with their claims: the open one exactly, the others pushed up or down so none overlap. */
function stackCards(items: { want: number; height: number }[], pivot: number): number[] {
  const tops = items.map((i) => i.want);
  const start = Math.max(0, pivot);
  for (let i = start + 1; i < items.length; i++) {
    tops[i] = Math.max(items[i]!.want, tops[i - 1]! + items[i - 1]!.height + GAP);
  }
  for (let i = start - 1; i >= 0; i--) {
    tops[i] = Math.min(items[i]!.want, tops[i + 1]! - items[i]!.height - GAP);
  }
  return tops;
}

type Marks = Map<string, HTMLElement[]>;
type Shown = { claims: ClaimSummary[]; hidden: ReadonlySet<string>; open: string | null };

/** A claim's first mark: the one that carries its id, its place in the text and the keyboard focus. */
const anchorOf = (marks: Marks, id: string) => marks.get(id)?.[0];

/** Sets each shown card's `top` level with its claim (one layout read for all, then the writes). */
function placeCards(list: HTMLOListElement | null, marks: Marks, { claims, hidden, open }: Shown) {
  if (!list) return;
  const base = list.getBoundingClientRect().top;
  const shown = claims.filter((c) => !hidden.has(c.id));
  const items = shown.map((claim) => {
    const card = document.getElementById(`critique-${claim.id}`)!;
    const want = (anchorOf(marks, claim.id)?.getBoundingClientRect().top ?? base) - base;
    return { card, want, height: card.offsetHeight };
  });
  const tops = stackCards(
    items,
    shown.findIndex((c) => c.id === open),
  );
  items.forEach((item, i) => {
    item.card.style.top = `${tops[i]}px`;
  });
  const last = items.length - 1;
  list.style.minHeight = last >= 0 ? `${tops[last]! + items[last]!.height}px` : "";
}

type CardProps = {
  claim: ClaimSummary;
  open: boolean;
  active: boolean;
  hidden: boolean;
  focusOnOpen: boolean;
  onToggle: (id: string) => void;
  onHover: (id: string | null) => void;
  onClose: () => void;
};

const MarginCard = memo(function MarginCard({
  claim,
  open,
  active,
  hidden,
  focusOnOpen,
  onToggle,
  onHover,
  onClose,
}: CardProps) {
  return (
    <li
      id={`critique-${claim.id}`}
      className="critique-card"
      data-claim-id={claim.id}
      data-tier={claim.tier ?? undefined}
      data-open={open || undefined}
      data-active={active || undefined}
      hidden={hidden}
      onMouseEnter={() => onHover(claim.id)}
      onMouseLeave={() => onHover(null)}
    >
      {/* Keyboard users open critiques from the claims themselves (Enter, n / p), so the summaries stay out of the
          tab order: 2,000 claims are not 4,000 tab stops. */}
      <button
        type="button"
        tabIndex={open ? 0 : -1}
        className="critique-summary"
        aria-expanded={open}
        onClick={() => onToggle(claim.id)}
      >
        <CritiqueSummaryLine claim={claim} />
      </button>
      {open && (
        <section
          aria-label={`Critique of claim ${claim.number}`}
          tabIndex={-1}
          className="critique-body"
          ref={(el) => {
            if (el && focusOnOpen) el.focus({ preventScroll: true });
          }}
        >
          <button type="button" className="critique-close" onClick={onClose}>
            <X aria-hidden="true" size={16} />
            <span className="sr-only">Close the critique of claim {claim.number}</span>
          </button>
          <Suspense fallback={<p className="critique-meta">Loading the critique…</p>}>
            <CritiqueDetails claimId={claim.id} />
          </Suspense>
        </section>
      )}
    </li>
  );
});

/**
 * The reading page's critiques. On wide screens each claim's critique sits in the margin level with its sentence,
 * collapsed to one line and opened in place; on narrow ones a tapped claim opens its critique in a bottom sheet.
 * Claims are marked by the server (their marks carry the summary); this adds the behaviour: click, Enter, n / p
 * (j / k) between claims, Esc to close with the focus back on the sentence, deep links (#claim-…) that scroll to the
 * sentence and open its critique, and hover / focus that lights a claim and its card together.
 */
export function CritiqueMargin({ articleId }: { articleId: string }) {
  const wide = useWide();
  const [claims, setClaims] = useState<ClaimSummary[]>([]);
  const [open, setOpen] = useState<string | null>(null);
  const [sheetClaim, setSheetClaim] = useState<ClaimSummary | null>(null);
  const [active, setActive] = useState<string | null>(null);
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const [focusOnOpen, setFocusOnOpen] = useState(false);
  const marks = useRef(new Map<string, HTMLElement[]>());
  const rail = useRef<HTMLOListElement>(null);
  const roving = useRef<string | null>(null);
  const sheetEntry = useRef(false);
  /** Where the sentence was on the screen when its sheet opened: going back in history must not move it. */
  const sheetFrom = useRef<{ id: string; top: number } | null>(null);
  const state = useRef({ open, wide, claims, hidden });
  state.current = { open, wide, claims, hidden };

  /** Makes the claim the one keyboard focus returns to (one tab stop for all claims) and focuses it. */
  const focusClaim = useCallback((id: string, scroll: boolean) => {
    const previous = roving.current && anchorOf(marks.current, roving.current);
    if (previous) previous.tabIndex = -1;
    const mark = anchorOf(marks.current, id);
    if (!mark) return;
    roving.current = id;
    mark.tabIndex = 0;
    mark.focus({ preventScroll: true });
    if (!scroll) return;
    mark.scrollIntoView({ block: "center", behavior: "instant" });
    // Blocks above it laid out late (content-visibility on phones) can move it: check again once they are.
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        const { top, bottom } = mark.getBoundingClientRect();
        if (top < 0 || bottom > window.innerHeight) mark.scrollIntoView({ block: "center", behavior: "instant" });
      }),
    );
  }, []);

  const openClaim = useCallback((id: string, focusCard: boolean) => {
    const claim = state.current.claims.find((c) => c.id === id);
    if (!claim) return;
    setFocusOnOpen(focusCard);
    setOpen(id);
    if (state.current.wide) {
      history.replaceState(history.state, "", `#claim-${id}`);
    } else {
      setSheetClaim(claim);
      // The phone's back button closes the sheet instead of leaving the page.
      if (!sheetEntry.current) history.pushState({ critiqueSheet: true }, "");
      sheetEntry.current = true;
      sheetFrom.current = { id, top: anchorOf(marks.current, id)?.getBoundingClientRect().top ?? 0 };
    }
  }, []);

  const close = useCallback(() => {
    const id = state.current.open;
    if (!id) return;
    setOpen(null);
    if (sheetEntry.current) {
      sheetEntry.current = false;
      history.back();
    }
    focusClaim(id, false);
  }, [focusClaim]);

  // The claims, from the marks the server wrote, and again when the rest of a long article arrives.
  useEffect(() => {
    const article = document.getElementById(articleId);
    if (!article) return;
    const read = () => {
      marks.current = claimMarks(article);
      const list = [...marks.current.values()].map((pieces, i) => summaryOf(pieces[0]!, i + 1));
      // The marks are buttons already (role written by the server); one of them is the claims' single tab stop.
      const first = list[0] && anchorOf(marks.current, list[0].id);
      if (first && roving.current === null) {
        first.tabIndex = 0;
        roving.current = list[0]!.id;
      }
      setClaims(list);
    };
    read();
    article.addEventListener(ARTICLE_GREW_EVENT, read);
    return () => article.removeEventListener(ARTICLE_GREW_EVENT, read);
  }, [articleId]);

  // Claims open by click, tap, Enter or Space; hovering or focusing one lights its card.
  useEffect(() => {
    const article = document.getElementById(articleId);
    if (!article) return;
    const claimOf = (event: Event) =>
      (event.target as HTMLElement).closest<HTMLElement>(MARK_SELECTOR)?.dataset.claimId;
    const onClick = (event: MouseEvent) => {
      const id = claimOf(event);
      if (!id) return;
      event.preventDefault();
      focusClaim(id, false);
      openClaim(id, state.current.wide === true);
    };
    const onKey = (event: KeyboardEvent) => {
      const id = claimOf(event);
      if (!id || (event.key !== "Enter" && event.key !== " ")) return;
      event.preventDefault();
      focusClaim(id, false);
      openClaim(id, true);
    };
    const onOver = (event: Event) => setActive(claimOf(event) ?? null);
    const onLeave = () => setActive(null);
    article.addEventListener("click", onClick);
    article.addEventListener("keydown", onKey);
    article.addEventListener("mouseover", onOver);
    article.addEventListener("focusin", onOver);
    article.addEventListener("mouseleave", onLeave);
    return () => {
      article.removeEventListener("click", onClick);
      article.removeEventListener("keydown", onKey);
      article.removeEventListener("mouseover", onOver);
      article.removeEventListener("focusin", onOver);
      article.removeEventListener("mouseleave", onLeave);
    };
  }, [articleId, focusClaim, openClaim]);

  // n / p (j / k) move between the shown claims, and carry an open critique along; Esc closes it.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const { open: current, claims: list, hidden: gone, wide: isWide } = state.current;
      if (event.key === "Escape" && current && isWide) {
        event.preventDefault();
        close();
        return;
      }
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      if (current && !isWide) return; // the sheet has the focus
      const step = { n: 1, j: 1, p: -1, k: -1 }[event.key];
      if (!step) return;
      const shown = list.filter((c) => !gone.has(c.id));
      if (shown.length === 0) return;
      const at = shown.findIndex((c) => c.id === (current ?? roving.current));
      const next = shown[Math.min(shown.length - 1, Math.max(0, at + step))]!;
      event.preventDefault();
      focusClaim(next.id, true);
      if (current) openClaim(next.id, false);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [close, focusClaim, openClaim]);

  // Deep links and search results: scroll to the sentence and open its critique.
  useEffect(() => {
    if (claims.length === 0 || wide === null) return;
    const follow = () => {
      const id = decodeURIComponent(location.hash.match(/^#claim-(.+)$/)?.[1] ?? "");
      if (!id || id === state.current.open) return;
      if (!marks.current.has(id)) {
        // Beyond the part the page carries, perhaps: once the rest is in, the claims change and this runs again.
        document.getElementById(articleId)?.dispatchEvent(new Event(NEED_REST_EVENT));
        return;
      }
      focusClaim(id, true);
      openClaim(id, false);
    };
    follow();
    window.addEventListener("hashchange", follow);
    return () => window.removeEventListener("hashchange", follow);
  }, [claims, wide, focusClaim, openClaim, articleId]);

  // The phone's back button (and the history entry a closed sheet gives back).
  useEffect(() => {
    const onPop = () => {
      // The browser restores the scroll position it saved with the entry; the text may have been laid out since
      // (content-visibility), so put the sentence back where the reader saw it.
      const from = sheetFrom.current;
      sheetFrom.current = null;
      if (from) {
        requestAnimationFrame(() => {
          const mark = anchorOf(marks.current, from.id);
          if (mark) window.scrollBy(0, mark.getBoundingClientRect().top - from.top);
        });
      }
      if (!sheetEntry.current) return;
      sheetEntry.current = false;
      const id = state.current.open;
      setOpen(null);
      if (id) focusClaim(id, false);
    };
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, [focusClaim]);

  // The filters.
  useEffect(() => {
    const article = document.getElementById(articleId);
    const onFilter = (event: Event) => setHidden(new Set((event as CustomEvent<string[]>).detail));
    article?.addEventListener(FILTER_EVENT, onFilter);
    return () => article?.removeEventListener(FILTER_EVENT, onFilter);
  }, [articleId]);

  // The lit claim (hovered or focused) and the open one.
  useEffect(() => {
    const lit = [active, open].filter((id): id is string => id !== null);
    for (const id of lit) for (const mark of marks.current.get(id) ?? []) mark.classList.add("claim-active");
    if (open) for (const mark of marks.current.get(open) ?? []) mark.setAttribute("aria-expanded", "true");
    return () => {
      for (const id of lit) for (const mark of marks.current.get(id) ?? []) mark.classList.remove("claim-active");
      if (open) for (const mark of marks.current.get(open) ?? []) mark.removeAttribute("aria-expanded");
    };
  }, [active, open]);

  // Cards level with their claims, measured after every change of text layout, card size or filter.
  useLayoutEffect(() => {
    if (wide) placeCards(rail.current, marks.current, { claims, hidden, open });
  }, [wide, claims, hidden, open]);

  useEffect(() => {
    if (!wide) return;
    const article = document.getElementById(articleId);
    const layout = () => placeCards(rail.current, marks.current, state.current);
    const observer = new ResizeObserver(layout);
    if (article) observer.observe(article);
    const card = open && document.getElementById(`critique-${open}`);
    if (card) observer.observe(card);
    void document.fonts?.ready.then(layout);
    return () => observer.disconnect();
  }, [wide, open, articleId]);

  const toggle = useCallback(
    (id: string) => (id === state.current.open ? close() : openClaim(id, true)),
    [close, openClaim],
  );

  if (wide === null) return null;
  if (!wide) {
    return sheetClaim ? (
      <Suspense fallback={null}>
        <CritiqueSheet
          claim={sheetClaim}
          open={open !== null}
          onClose={close}
          returnFocus={() => anchorOf(marks.current, sheetClaim.id)?.focus({ preventScroll: true })}
        />
      </Suspense>
    ) : null;
  }
  return (
    <ol ref={rail} className="critique-list">
      {claims.map((claim) => (
        <MarginCard
          key={claim.id}
          claim={claim}
          open={claim.id === open}
          active={claim.id === active}
          hidden={hidden.has(claim.id)}
          focusOnOpen={focusOnOpen}
          onToggle={toggle}
          onHover={setActive}
          onClose={close}
        />
      ))}
    </ol>
  );
}

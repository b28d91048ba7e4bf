"use client";

import { X } from "lucide-react";
import { Drawer } from "vaul";
import type { ClaimSummary } from "./claim-marks";
import { CritiqueDetails } from "./critique-details";
import { CritiqueSummaryLine } from "./critique-summary-line";

/**
 * A claim's critique on a phone: a bottom sheet over the text (Vaul on Radix Dialog: focus trapped, Esc and a
 * swipe down close it, and the focus goes back to the sentence). The page under it does not move.
 */
export default function CritiqueSheet({
  claim,
  open,
  onClose,
  returnFocus,
}: {
  claim: ClaimSummary;
  open: boolean;
  onClose: () => void;
  returnFocus: () => void;
}) {
  return (
    <Drawer.Root open={open} onOpenChange={(next) => !next && onClose()} noBodyStyles>
      <Drawer.Portal>
        <Drawer.Overlay className="fixed inset-0 z-40 bg-slate-950/40" />
        <Drawer.Content
          className="critique-sheet fixed inset-x-0 bottom-0 z-50 flex max-h-[75dvh] flex-col rounded-t-2xl bg-white shadow-2xl outline-none dark:bg-slate-900"
          aria-describedby={undefined}
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            returnFocus();
          }}
        >
          <div aria-hidden="true" className="mx-auto mt-2 h-1.5 w-12 shrink-0 rounded-full bg-slate-300" />
          <header className="flex items-start gap-2 border-b border-slate-200 px-4 pt-2 pb-3 dark:border-slate-700">
            <Drawer.Title className="min-w-0 flex-1 text-base font-semibold">
              <span className="sr-only">Critique of claim {claim.number}</span>
              <span aria-hidden="true">Claim {claim.number}</span>
              <span className="mt-1 block text-sm font-normal">
                <CritiqueSummaryLine claim={claim} numbered={false} />
              </span>
            </Drawer.Title>
            <Drawer.Close className="critique-close-sheet">
              <X aria-hidden="true" size={20} />
              <span className="sr-only">Close</span>
            </Drawer.Close>
          </header>
          <div className="overflow-y-auto overscroll-contain px-4 py-3 text-sm" data-vaul-no-drag>
            <CritiqueDetails key={claim.id} claimId={claim.id} quote />
          </div>
        </Drawer.Content>
      </Drawer.Portal>
    </Drawer.Root>
  );
}

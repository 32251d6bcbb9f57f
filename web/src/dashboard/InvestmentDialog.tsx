import { useEffect, useRef } from 'react';
import type { Lang } from '../format/format';
import { InvestmentDetail } from './InvestmentDetail';

/**
 * One investment in a modal dialog where the user is looking (a full-screen sheet on phones). The native
 * <dialog> with showModal() keeps focus inside and closes on Escape; whoever opened it owns the URL and the
 * focus that returns to the row.
 */
export function InvestmentDialog({ id, lang, onClose }: { id: string; lang: Lang; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const close = useRef(onClose);
  close.current = onClose;
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    let leaving = false;
    // Escape (or any close the browser makes) is a request to close, like the close button.
    const onNativeClose = () => {
      if (!leaving) close.current();
    };
    dialog.addEventListener('close', onNativeClose);
    if (!dialog.open) dialog.showModal();
    return () => {
      leaving = true;
      dialog.removeEventListener('close', onNativeClose);
      if (dialog.open) dialog.close();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className="investment-dialog"
      aria-labelledby="detail-title"
      // A click on the backdrop (the dialog element itself, outside its content) closes it.
      onClick={(e) => {
        if (e.target === ref.current) close.current();
      }}
    >
      <InvestmentDetail id={id} lang={lang} onClose={() => close.current()} />
    </dialog>
  );
}

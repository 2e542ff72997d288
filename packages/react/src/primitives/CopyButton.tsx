import { useEffect, useRef, useState } from 'react';
import { useTranslate } from '../context.tsx';
import { useHydrated } from '../util/hooks.ts';
import { CHECK, COPY, DOWNLOAD, icon } from './icons.tsx';

type CopyState = 'idle' | 'copied' | 'failed';

/** Copies text to the clipboard; announces the result. Hidden until JavaScript runs. */
export function CopyButton({ text, label, className }: { text: string; label?: string; className?: string }) {
  const { t } = useTranslate();
  const hydrated = useHydrated();
  const [state, setState] = useState<CopyState>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const copy = async () => {
    let ok = false;
    try {
      const clip = typeof navigator !== 'undefined' ? navigator.clipboard : undefined;
      if (clip && typeof clip.writeText === 'function') {
        await clip.writeText(text);
        ok = true;
      }
    } catch {
      ok = false;
    }
    setState(ok ? 'copied' : 'failed');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setState('idle'), 2500);
  };

  return (
    <span className={className ?? 'ory-copy'} hidden={!hydrated}>
      <button type="button" className="ory-button ory-button--ghost ory-copy__button" onClick={() => void copy()}>
        {icon(state === 'copied' ? CHECK : COPY, 16)}
        {state === 'copied' ? t('ui.copied') : (label ?? t('ui.copy'))}
      </button>
      <span className="ory-visually-hidden" role="status" aria-live="polite">
        {state === 'copied' ? t('ui.copied') : state === 'failed' ? t('ui.copy_failed') : ''}
      </span>
      {state === 'failed' ? <span className="ory-copy__failed" aria-hidden="true">{t('ui.copy_failed')}</span> : null}
    </span>
  );
}

/** Offers text as a `.txt` download through a Blob URL (no server round trip). */
export function DownloadButton({ text, filename }: { text: string; filename: string }) {
  const { t } = useTranslate();
  const hydrated = useHydrated();
  const download = () => {
    if (typeof document === 'undefined' || typeof URL === 'undefined' || typeof URL.createObjectURL !== 'function') return;
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = filename;
    a.rel = 'noopener';
    a.style.display = 'none';
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <button type="button" className="ory-button ory-button--ghost ory-download__button" hidden={!hydrated} onClick={download}>
      {icon(DOWNLOAD, 16)}
      {t('ui.download')}
    </button>
  );
}

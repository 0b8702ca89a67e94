import { useState } from 'react';
import { useAllUi } from '../i18n/useLang';

type Copied = 'copied' | 'selected' | null;

/** Selects the text of an element, for the person to copy themselves where the clipboard is refused. */
function selectText(element: HTMLElement | null) {
  const selection = window.getSelection();
  if (!element || !selection) return;
  const range = document.createRange();
  range.selectNodeContents(element);
  selection.removeAllRanges();
  selection.addRange(range);
}

/** Copies a text (what to ask, what to say); where the clipboard is refused, selects it on the page instead. */
export function CopyButton({ text, targetId, label }: { text: string; targetId: string; label: string }) {
  const [t] = useAllUi();
  const [copied, setCopied] = useState<Copied>(null);
  return (
    <p className="copy">
      <button
        type="button"
        className="small"
        onClick={() => {
          const select = () => {
            selectText(document.getElementById(targetId));
            setCopied('selected');
          };
          if (!navigator.clipboard) return select();
          navigator.clipboard.writeText(text).then(() => setCopied('copied'), select);
        }}
      >
        {label}
      </button>
      <span className="copy-status" role="status">
        {copied === 'copied' ? t.copy.copied : copied === 'selected' ? t.copy.selected : ''}
      </span>
    </p>
  );
}

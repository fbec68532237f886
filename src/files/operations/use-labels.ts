import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

/** How much a bar's buttons say: every label, only the first group's, or none (icons, the labels still names). */
export type Labels = 'all' | 'first' | 'none';

const FEWER: Record<Labels, Labels> = { all: 'first', first: 'none', none: 'none' };

/**
 * The most labels a bar's buttons can show without being wider than the bar, and how wide the buttons are with no
 * label (once known: the bar asks for that much room, so the toolbar gives it a line of its own rather than hide
 * buttons). Measured before paint when the buttons change (`content`) and when the bar's width changes, so it
 * holds in any language and beside the details panel.
 */
export function useLabels(bar: { current: HTMLElement | null }, content: string): [Labels, number | undefined] {
  const [labels, setLabels] = useState<Labels>('all');
  const [iconsWidth, setIconsWidth] = useState<number | undefined>(undefined);
  const overflows = () => {
    const element = bar.current;
    return element !== null && element.scrollWidth > element.clientWidth + 1;
  };

  // New buttons are tried with every label first.
  const shown = useRef(content);
  if (shown.current !== content) {
    shown.current = content;
    if (labels !== 'all') setLabels('all');
    setIconsWidth(undefined);
  }

  useLayoutEffect(() => {
    if (labels !== 'none' && overflows()) setLabels(FEWER[labels]);
    else if (labels === 'none' && iconsWidth === undefined) setIconsWidth(bar.current?.scrollWidth);
  });

  useEffect(() => {
    const element = bar.current;
    if (element === null) return undefined;
    let width = element.clientWidth;
    const observer = new ResizeObserver(() => {
      const wider = element.clientWidth > width;
      width = element.clientWidth;
      // Wider: try every label again (fewer follow before paint if they do not fit); narrower: fewer if needed.
      if (wider) setLabels('all');
      else if (overflows()) setLabels((now) => FEWER[now]);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  return [labels, iconsWidth];
}

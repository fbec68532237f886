import { useEffect, useState } from 'preact/hooks';

// Sections whose top is above this line (just under the page's top edge) count as the one being read.
const READING_LINE_PX = 120;

function sectionFromHash(ids: readonly string[]): string | undefined {
  const id = decodeURIComponent(location.hash.slice(1));
  return ids.includes(id) ? id : undefined;
}

function isTopInView(id: string): boolean {
  const top = document.getElementById(id)?.getBoundingClientRect().top;
  return top !== undefined && top >= 0 && top < window.innerHeight;
}

function sectionUnderReadingLine(ids: readonly string[]): string | undefined {
  const atBottom = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
  if (atBottom) return ids.at(-1);
  const passed = ids.filter((id) => (document.getElementById(id)?.getBoundingClientRect().top ?? 0) <= READING_LINE_PX);
  return passed.at(-1) ?? ids[0];
}

/**
 * The section the user is looking at, for the navigation's highlight: the one named by `#fragment` while its
 * heading is on screen (short sections at the end cannot scroll to the top), else the one under the reading line.
 */
export function useCurrentSection(ids: readonly string[]): string {
  const [current, setCurrent] = useState(() => sectionFromHash(ids) ?? ids[0] ?? '');

  useEffect(() => {
    let target = sectionFromHash(ids);
    // The page renders after the browser looked for the fragment's target, so scroll to it now.
    if (target !== undefined) document.getElementById(target)?.scrollIntoView({ block: 'start' });

    const onHashChange = () => {
      target = sectionFromHash(ids);
      if (target !== undefined) setCurrent(target);
    };
    const onScroll = () => {
      if (target !== undefined && isTopInView(target)) return setCurrent(target);
      target = undefined;
      const id = sectionUnderReadingLine(ids);
      if (id !== undefined) setCurrent(id);
    };
    window.addEventListener('hashchange', onHashChange);
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      window.removeEventListener('hashchange', onHashChange);
      window.removeEventListener('scroll', onScroll);
    };
  }, [ids]);

  return current;
}

import type { Locator, Page } from 'playwright-core';

/** A page's video or audio element, named by its file (the player labels each with the file's name). */
export const mediaNamed = (page: Page, name: string) => page.getByLabel(name, { exact: true });

export const timeOf = (element: Locator) => element.evaluate((el: HTMLMediaElement) => el.currentTime);

/** Waits until the element is playing and has played past `seconds`; answers where it is then. */
export async function playsPast(element: Locator, seconds: number): Promise<number> {
  await element.evaluate(
    (el: HTMLMediaElement, target) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`stuck at ${el.currentTime} s (error ${el.error?.code})`)),
          15_000,
        );
        const check = () => {
          if (!el.paused && el.currentTime > target) {
            clearTimeout(timer);
            el.removeEventListener('timeupdate', check);
            resolve();
          }
        };
        el.addEventListener('timeupdate', check);
        check();
      }),
    seconds,
  );
  return timeOf(element);
}

import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A component whose code is loaded the first time it is wanted (by default: the first time it is rendered), so a
 * page paints without carrying it. Rare or on-demand parts (a dialog, a picker, a question) use it. Renders
 * nothing until loaded; a failed load is logged with `what`.
 */
export function lazyComponent<P extends object>(
  load: () => Promise<FunctionComponent<P>>,
  what: string,
  wanted: (props: P) => boolean = () => true,
): FunctionComponent<P> {
  let loaded: FunctionComponent<P> | null = null;
  return function Lazy(props: P) {
    const [Component, setComponent] = useState<FunctionComponent<P> | null>(() => loaded);
    const want = wanted(props);
    useEffect(() => {
      if (!want || Component !== null) return;
      load().then(
        (component) => {
          loaded = component;
          setComponent(() => component);
        },
        (error: unknown) => console.error(`Could not load ${what}`, error),
      );
    }, [want, Component]);
    return Component === null ? null : <Component {...props} />;
  };
}

import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { OfflineTask } from '../../shared/domain.ts';
import { t } from '../../shared/i18n.ts';
import type { TaskRate } from '../../shared/task-snapshot.ts';
import { TASK_ROW_HEIGHT, TaskRow, type TaskRowHandlers } from './TaskRow.tsx';

/** Rows drawn beyond the visible ones on each side, so keyboard focus and fast scrolling find them ready. */
const OVERSCAN = 4;
/** Rows drawn before the first layout (a 600 px popup shows at most this many). */
const FIRST_WINDOW = 10;

export type TaskListProps = TaskRowHandlers & {
  tasks: readonly OfflineTask[];
  rates: Readonly<Record<string, TaskRate>>;
  now: number;
  locale?: string | undefined;
  /** Called once, after the first rows were painted (the popup's performance mark). */
  onPainted?: () => void;
};

/** The nearest ancestor that scrolls (the popup's main area), or the document. */
function scrollParent(element: HTMLElement): HTMLElement {
  for (let node = element.parentElement; node !== null; node = node.parentElement) {
    const overflow = getComputedStyle(node).overflowY;
    if (overflow === 'auto' || overflow === 'scroll') return node;
  }
  return document.documentElement;
}

/**
 * The task rows, drawn only where they can be seen: every row has the same height, so the list is a tall box
 * and only the rows inside the scrolling area's view (plus a few) exist. It scrolls with the popup's own scroll
 * area, so the quick-add box scrolls away with it.
 */
export function TaskList({ tasks, rates, now, locale, onPainted, ...handlers }: TaskListProps) {
  const list = useRef<HTMLUListElement>(null);
  const [range, setRange] = useState<[number, number]>([0, FIRST_WINDOW]);

  useLayoutEffect(() => {
    const element = list.current;
    if (element === null) return undefined;
    const scroller = scrollParent(element);
    const target: HTMLElement | Window = scroller === document.documentElement ? window : scroller;
    let frame = 0;
    const measure = () => {
      frame = 0;
      const top = element.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
      const offset = scroller === document.documentElement ? -element.getBoundingClientRect().top : -top;
      const height = scroller === document.documentElement ? window.innerHeight : scroller.clientHeight;
      const first = Math.max(0, Math.floor(offset / TASK_ROW_HEIGHT) - OVERSCAN);
      const last = Math.max(first, Math.ceil((offset + height) / TASK_ROW_HEIGHT) + OVERSCAN);
      setRange((current) => (current[0] === first && current[1] === last ? current : [first, last]));
    };
    const onScroll = () => {
      if (frame === 0) frame = requestAnimationFrame(measure);
    };
    measure();
    target.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll);
    return () => {
      if (frame !== 0) cancelAnimationFrame(frame);
      target.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
    };
  }, []);

  // Effects run after the browser painted: the first one with rows marks the list as shown.
  const painted = useRef(false);
  useEffect(() => {
    if (painted.current || tasks.length === 0) return;
    painted.current = true;
    onPainted?.();
  });

  const [first, last] = range;
  const shown = tasks.slice(first, Math.min(tasks.length, last));
  return (
    <ul
      ref={list}
      class="task-list"
      aria-label={t('tasksListLabel')}
      style={{ height: `${tasks.length * TASK_ROW_HEIGHT}px` }}
    >
      {shown.map((task, offset) => (
        <TaskRow
          key={task.id}
          task={task}
          rate={rates[task.id]}
          now={now}
          locale={locale}
          index={first + offset}
          total={tasks.length}
          {...handlers}
        />
      ))}
    </ul>
  );
}

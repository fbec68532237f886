import { lazyComponent } from '../lazy-component.tsx';
import type { SessionQuestionPanelProps } from './SessionQuestionPanel.tsx';

/** The session question, loaded when there is one: it is rare (another account offered, the web app signed out). */
export const LazySessionQuestionPanel = lazyComponent<SessionQuestionPanelProps>(
  () => import('./SessionQuestionPanel.tsx').then((module) => module.SessionQuestionPanel),
  'the session question',
);

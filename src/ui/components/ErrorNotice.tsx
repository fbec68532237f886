import type { ComponentChildren } from 'preact';
import { describeError, type ErrorKind } from '../../shared/errors.ts';
import { t } from '../../shared/i18n.ts';
import { PIKPAK_WEB_URL } from '../../shared/pages.ts';
import { Button } from './Button.tsx';
import { LinkButton } from './LinkButton.tsx';
import { Notice } from './Notice.tsx';

export type ErrorNoticeProps = {
  kind: ErrorKind;
  /** `warning` for a problem that leaves things working (still signed in); `error` otherwise. */
  tone?: 'warning' | 'error';
  /** Makes "Try again" a button; without it the retry hint is text. */
  onRetry?: () => void;
  /** Where the website actions lead; defaults to the web app. */
  siteUrl?: string;
  live?: 'auto' | 'none';
};

/**
 * An error as the user reads it: the sentence for its kind, then what fixes it, as a link to mypikpak.com, a
 * retry button, or a plain hint. Never the server's own text.
 */
export function ErrorNotice({
  kind,
  tone = 'error',
  onRetry,
  siteUrl = PIKPAK_WEB_URL,
  live = 'auto',
}: ErrorNoticeProps) {
  const { messageKey, actionKey, action } = describeError(kind);
  const label = t(actionKey);
  let next: ComponentChildren;
  switch (action) {
    case 'sign-in':
    case 'open-pikpak':
    case 'solve-captcha':
    case 'free-space':
      next = (
        <LinkButton href={siteUrl} variant="ghost" size="sm" external class="ui-error-notice__action">
          {label}
        </LinkButton>
      );
      break;
    case 'retry':
      next =
        onRetry === undefined ? (
          <p>{label}</p>
        ) : (
          <Button variant="ghost" size="sm" onClick={onRetry} class="ui-error-notice__action">
            {label}
          </Button>
        );
      break;
    case 'wait':
    case 'none':
      next = <p>{label}</p>;
      break;
  }
  return (
    <Notice tone={tone} title={t(messageKey)} live={live}>
      {next}
    </Notice>
  );
}

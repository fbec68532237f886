import { t } from '../../shared/i18n.ts';
import { Avatar } from '../../ui/components/Avatar.tsx';
import { Pill } from '../../ui/components/Pill.tsx';
import type { SessionState } from '../../ui/session-state.ts';

export type AccountStripProps = {
  session: SessionState;
};

function describe(session: SessionState): { name: string; detail?: string | undefined } {
  switch (session.status) {
    case 'signed-in':
      return { name: session.account.name, detail: session.account.detail };
    case 'checking':
      return { name: t('accountChecking') };
    case 'signed-out':
      return { name: t('accountSignedOut'), detail: t('accountSignedOutHint') };
  }
}

/** The line under the popup's header: who is signed in, and (later) their quota. */
export function AccountStrip({ session }: AccountStripProps) {
  const { name, detail } = describe(session);
  return (
    <section class="popup-account" aria-label={t('accountRegionLabel')}>
      <Avatar name={session.status === 'signed-in' ? name : undefined} size="sm" />
      <div class="popup-account__text">
        <p class="popup-account__name">{name}</p>
        {detail !== undefined && <p class="popup-account__detail">{detail}</p>}
      </div>
      {session.status === 'signed-in' && (
        <Pill tone="success" dot>
          {t('accountSignedIn')}
        </Pill>
      )}
    </section>
  );
}

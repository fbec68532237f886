import type { JSX } from 'preact';
import { Eye, EyeOff, PlugZap } from 'lucide-preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  aria2SettingsFrom,
  DEFAULT_ARIA2_SETTINGS,
  endpointOrigin,
  endpointOriginPattern,
  type Aria2Settings,
} from '../../shared/aria2-settings.ts';
import type { ErrorKind } from '../../shared/errors.ts';
import { t } from '../../shared/i18n.ts';
import { Button } from '../../ui/components/Button.tsx';
import { ErrorNotice } from '../../ui/components/ErrorNotice.tsx';
import { IconButton } from '../../ui/components/IconButton.tsx';
import { Notice } from '../../ui/components/Notice.tsx';
import { Section } from '../../ui/components/Section.tsx';
import { TextField } from '../../ui/components/TextField.tsx';
import { errorKindOf } from '../../ui/error-kind.ts';
import { browserAria2Access, type Aria2Access } from '../aria2-access.ts';

type Outcome =
  | { kind: 'idle' }
  | { kind: 'testing' }
  | { kind: 'connected'; version: string }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'denied'; origin: string }
  | { kind: 'failed'; error: ErrorKind; message: string; endpoint: string };

export type Aria2SectionProps = {
  /** Storage, the permission prompt and the worker's test; default: the browser's. */
  access?: Aria2Access;
};

/**
 * Options › aria2: where "Send to aria2" goes. Test connection and Save first ask the browser for access to the
 * endpoint's host (the prompt needs the click, so it is asked before anything is awaited); the worker cannot reach
 * aria2 without it.
 */
export function Aria2Section({ access = browserAria2Access }: Aria2SectionProps) {
  const [fields, setFields] = useState<Aria2Settings | undefined>(undefined);
  const [revealed, setRevealed] = useState(false);
  const [invalid, setInvalid] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const endpointField = useRef<HTMLElement>(null);

  useEffect(() => {
    let live = true;
    const show = (stored: Aria2Settings) => {
      if (live) setFields((current) => current ?? stored);
    };
    access.read().then(show, () => show(DEFAULT_ARIA2_SETTINGS));
    return () => {
      live = false;
    };
  }, [access]);

  const edit = (patch: Partial<Aria2Settings>) => {
    setFields((current) => ({ ...(current ?? DEFAULT_ARIA2_SETTINGS), ...patch }));
    if (patch.endpoint !== undefined) setInvalid(false);
    setOutcome({ kind: 'idle' });
  };

  /** The typed settings, checked; undefined (and the endpoint marked) when the address is not usable. */
  const checked = (): Aria2Settings | undefined => {
    const settings = fields === undefined ? undefined : aria2SettingsFrom(fields);
    if (settings === undefined) {
      setInvalid(true);
      endpointField.current?.focus();
    }
    return settings;
  };

  const failed = (endpoint: string) => (error: unknown) =>
    setOutcome({
      kind: 'failed',
      error: errorKindOf(error),
      message: error instanceof Error ? error.message : String(error),
      endpoint,
    });

  const test = () => {
    const settings = checked();
    if (settings === undefined) return;
    const allowed = access.requestOrigin(endpointOriginPattern(settings.endpoint));
    setOutcome({ kind: 'testing' });
    allowed
      .then((granted) => {
        if (!granted) return setOutcome({ kind: 'denied', origin: endpointOrigin(settings.endpoint) });
        return access
          .test(settings.endpoint, settings.secret)
          .then(({ version }) => setOutcome({ kind: 'connected', version }));
      })
      .catch(failed(settings.endpoint));
  };

  const save = (event: JSX.TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    const settings = checked();
    if (settings === undefined) return;
    const allowed = access.requestOrigin(endpointOriginPattern(settings.endpoint));
    setOutcome({ kind: 'saving' });
    allowed
      .then((granted) => {
        if (!granted) return setOutcome({ kind: 'denied', origin: endpointOrigin(settings.endpoint) });
        return access.save(settings).then(() => {
          setFields(settings);
          setOutcome({ kind: 'saved' });
        });
      })
      .catch(failed(settings.endpoint));
  };

  const loading = fields === undefined;
  const values = fields ?? DEFAULT_ARIA2_SETTINGS;
  return (
    <Section id="aria2" title={t('sectionAria2')} description={t('aria2Description')}>
      <form class="ui-card options-aria2" aria-label={t('sectionAria2')} onSubmit={save} noValidate>
        <TextField
          label={t('aria2EndpointLabel')}
          value={values.endpoint}
          onInput={(endpoint) => edit({ endpoint })}
          code
          autocomplete="off"
          disabled={loading}
          inputRef={endpointField}
          error={invalid ? t('aria2EndpointInvalid') : undefined}
          hint={t('aria2EndpointHint')}
        />
        <TextField
          label={t('aria2SecretLabel')}
          type={revealed ? 'text' : 'password'}
          value={values.secret}
          onInput={(secret) => edit({ secret })}
          code
          autocomplete="off"
          disabled={loading}
          hint={t('aria2SecretHint')}
          trailing={
            <IconButton
              label={t('aria2ShowSecret')}
              icon={revealed ? EyeOff : Eye}
              variant="secondary"
              pressed={revealed}
              disabled={loading}
              onClick={() => setRevealed((shown) => !shown)}
            />
          }
        />
        <TextField
          label={t('aria2DirLabel')}
          value={values.dir}
          onInput={(dir) => edit({ dir })}
          code
          autocomplete="off"
          disabled={loading}
          hint={t('aria2DirHint')}
        />
        <div class="options-aria2__status" role="status" aria-live="polite">
          <Aria2Outcome outcome={outcome} />
        </div>
        <div class="options-form__actions">
          <Button icon={PlugZap} busy={outcome.kind === 'testing'} disabled={loading} onClick={test}>
            {outcome.kind === 'testing' ? t('aria2Testing') : t('aria2Test')}
          </Button>
          <Button type="submit" variant="primary" busy={outcome.kind === 'saving'} disabled={loading}>
            {t('aria2Save')}
          </Button>
        </div>
      </form>
    </Section>
  );
}

/** The last test or save, in the words of this section. */
function Aria2Outcome({ outcome }: { outcome: Outcome }) {
  switch (outcome.kind) {
    case 'idle':
    case 'testing':
    case 'saving':
      return null;
    case 'connected':
      return <Notice tone="success" title={t('aria2Connected', [outcome.version])} live="none" />;
    case 'saved':
      return <Notice tone="success" title={t('aria2Saved')} live="none" />;
    case 'denied':
      return <Notice tone="error" title={t('aria2AccessDenied', [outcome.origin])} live="none" />;
    case 'failed':
      // Two kinds say more here than the shared sentence: the address tried, and aria2's own words.
      if (outcome.error === 'aria2-unreachable') {
        return (
          <Notice tone="error" title={t('aria2UnreachableAt', [outcome.endpoint])} live="none">
            <p>{t('errorAria2UnreachableAction')}</p>
          </Notice>
        );
      }
      if (outcome.error === 'aria2-refused') {
        return (
          <Notice tone="error" title={t('errorAria2Refused')} live="none">
            <p>{t('aria2Said', [outcome.message])}</p>
          </Notice>
        );
      }
      return <ErrorNotice kind={outcome.error} live="none" />;
  }
}

import './SiteRules.css';
import { FolderTree, Plus } from 'lucide-preact';
import type { JSX } from 'preact';
import { useId, useRef, useState } from 'preact/hooks';
import { destinationName, MY_PACK, type Destination } from '../../shared/destination.ts';
import type { ErrorKind } from '../../shared/errors.ts';
import { t } from '../../shared/i18n.ts';
import { normaliseSite, withoutRule, withRule } from '../../shared/site-rule-edit.ts';
import type { SiteRule } from '../../shared/site-rules.ts';
import { Button } from '../../ui/components/Button.tsx';
import { ErrorNotice } from '../../ui/components/ErrorNotice.tsx';
import { FolderPicker } from '../../ui/components/FolderPicker.tsx';
import { SettingRow } from '../../ui/components/SettingRow.tsx';
import { TextField } from '../../ui/components/TextField.tsx';
import { errorKindOf } from '../../ui/error-kind.ts';
import type { FolderActions } from '../../ui/folder-actions.ts';
import { storedSettings, type SettingsAccess } from '../use-setting-switches.ts';
import { useStoredSettings } from '../use-stored-settings.ts';
import { SiteRuleList } from './SiteRuleList.tsx';

export type SiteRulesSettingProps = {
  folders: FolderActions;
  settings?: SettingsAccess;
};

/** Whose folder the picker is choosing: the new rule's, or an existing rule's (by site). */
type PickerTarget = { kind: 'new' } | { kind: 'rule'; site: string };

/**
 * Options › Downloads › Folders by website: the rules (site → folder) with Change and Remove, and a form adding
 * one (a site typed or pasted as an address, a folder from the picker or My Pack). Adding a site that has a rule
 * replaces its folder. Saved at once; the context menu is rebuilt from the stored rules.
 */
export function SiteRulesSetting({ folders, settings = storedSettings }: SiteRulesSettingProps) {
  const stored = useStoredSettings(settings);
  const rules = stored?.siteRules ?? [];
  const [site, setSite] = useState('');
  const [siteError, setSiteError] = useState<string | undefined>(undefined);
  const [folder, setFolder] = useState<Destination | undefined>(undefined);
  const [folderError, setFolderError] = useState<string | undefined>(undefined);
  const [picking, setPicking] = useState<PickerTarget | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<ErrorKind | null>(null);
  const siteRef = useRef<HTMLElement>(null);
  const folderLabelId = `${useId()}-folder`;

  async function save(next: SiteRule[], done: string): Promise<boolean> {
    setError(null);
    setStatus('');
    try {
      await settings.update({ siteRules: next });
      setStatus(done);
      return true;
    } catch (caught) {
      setError(errorKindOf(caught));
      return false;
    }
  }

  async function add(event: JSX.TargetedEvent<HTMLFormElement>) {
    event.preventDefault();
    const normalised = normaliseSite(site);
    const siteProblem = normalised.ok
      ? undefined
      : t(normalised.problem === 'empty' ? 'siteRuleSiteEmpty' : 'siteRuleSiteInvalid');
    setSiteError(siteProblem);
    setFolderError(folder === undefined ? t('siteRuleFolderMissing') : undefined);
    if (!normalised.ok) {
      siteRef.current?.focus();
      return;
    }
    if (folder === undefined) return;
    const rule = { site: normalised.site, destination: folder };
    if (await save(withRule(rules, rule), t('siteRuleSaved', [rule.site, destinationName(folder)]))) {
      setSite('');
      setFolder(undefined);
    }
  }

  function chosen(destination: Destination) {
    const target = picking;
    setPicking(null);
    if (target?.kind === 'rule') {
      void save(
        withRule(rules, { site: target.site, destination }),
        t('siteRuleSaved', [target.site, destinationName(destination)]),
      );
    } else {
      setFolder(destination);
      setFolderError(undefined);
    }
  }

  async function remove(removed: string) {
    if (await save(withoutRule(rules, removed), t('siteRuleRemoved', removed))) siteRef.current?.focus();
  }

  return (
    <>
      <SettingRow
        icon={FolderTree}
        title={t('downloadsRulesTitle')}
        description={
          <>
            {t('downloadsRulesText')}
            {/* Always there, so screen readers announce what was saved or removed. */}
            <span role="status" class="options-destination__saved">
              {status}
            </span>
          </>
        }
      />
      <div class="options-rules">
        <SiteRuleList
          rules={rules}
          disabled={stored === undefined}
          onChangeFolder={(ruleSite) => setPicking({ kind: 'rule', site: ruleSite })}
          onRemove={(ruleSite) => void remove(ruleSite)}
        />
        {error !== null && <ErrorNotice kind={error} />}
        <form class="options-rules__form" aria-label={t('siteRuleAddTitle')} noValidate onSubmit={(e) => void add(e)}>
          <TextField
            label={t('siteRuleSiteLabel')}
            value={site}
            onInput={(value) => {
              setSite(value);
              setSiteError(undefined);
            }}
            hint={t('siteRuleSiteHint')}
            error={siteError}
            inputRef={siteRef}
            code
          />
          <div
            class="options-rules__folder"
            role="group"
            aria-labelledby={folderLabelId}
            aria-describedby={folderError === undefined ? undefined : `${folderLabelId}-error`}
          >
            <span class="ui-field__label" id={folderLabelId}>
              {t('siteRuleFolderLabel')}
            </span>
            <span class="options-rules__folder-row">
              <span class={`options-value${folder === undefined ? ' options-value--muted' : ''}`}>
                {folder === undefined ? t('siteRuleNoFolder') : destinationName(folder)}
              </span>
              <Button size="sm" aria-label={t('siteRuleChooseFolder')} onClick={() => setPicking({ kind: 'new' })}>
                {t('siteRuleChooseShort')}
              </Button>
              <Button size="sm" variant="ghost" onClick={() => chosen(MY_PACK)}>
                {t('siteRuleUseMyPack')}
              </Button>
            </span>
            {folderError !== undefined && (
              <p class="ui-field__error" id={`${folderLabelId}-error`}>
                {folderError}
              </p>
            )}
          </div>
          <Button type="submit" icon={Plus} disabled={stored === undefined}>
            {t('siteRuleAdd')}
          </Button>
        </form>
      </div>
      <FolderPicker
        open={picking !== null}
        listFolders={folders.listFolders}
        createFolder={folders.createFolder}
        onClose={() => setPicking(null)}
        onChoose={(picked) => chosen({ kind: 'folder', id: picked.id, name: picked.name })}
      />
    </>
  );
}

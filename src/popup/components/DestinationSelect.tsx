import type { JSX } from 'preact';
import { useId } from 'preact/hooks';
import { t } from '../../shared/i18n.ts';
import {
  destinationKey,
  destinationName,
  MY_PACK,
  type Destination,
  type FolderDestination,
} from '../../shared/destination.ts';
import type { SiteRule } from '../../shared/site-rules.ts';

export type DestinationSelectProps = {
  /** Where links go now. */
  value: Destination;
  /** The default destination (Options › Downloads), listed first. */
  defaultDestination: Destination;
  /** Folders links were sent to lately, newest first. */
  recentFolders: readonly FolderDestination[];
  /** The rule for the page the popup was opened on, offered first. */
  rule?: SiteRule | undefined;
  /** The rule's folder is the one chosen: the rule's option shows, and a hint under it says why. */
  ruleChosen?: boolean;
  /** A folder chosen in the picker during this visit, listed after the default until it becomes a recent one. */
  picked?: FolderDestination | undefined;
  onChange: (destination: Destination) => void;
  /** "Choose folder…" is offered only with this; it opens the folder picker. */
  onChooseFolder?: (() => void) | undefined;
};

const CHOOSE = 'choose';
/** The rule's own choice: its folder may also be the default or a recent one, each keeping its option. */
const RULE = 'rule';

/**
 * "Save to": a native select of the default destination, recent folders, My Pack and "Choose folder…". The
 * choice is for this send only; the default is changed in Options.
 */
export function DestinationSelect({
  value,
  defaultDestination,
  recentFolders,
  rule,
  ruleChosen = false,
  picked,
  onChange,
  onChooseFolder,
}: DestinationSelectProps) {
  const id = useId();
  const hintId = `${id}-rule`;
  const defaultKey = destinationKey(defaultDestination);
  const seen = new Set([defaultKey]);
  const unseen = (destination: Destination) => {
    const key = destinationKey(destination);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  const pickedChoice = picked !== undefined && unseen(picked) ? picked : undefined;
  const recent = recentFolders.filter(unseen);
  const showMyPack = unseen(MY_PACK);
  const byKey = new Map<string, Destination>(
    [defaultDestination, ...(pickedChoice ? [pickedChoice] : []), ...recent, MY_PACK].map((destination) => [
      destinationKey(destination),
      destination,
    ]),
  );
  if (rule) byKey.set(RULE, rule.destination);
  const current = ruleChosen ? RULE : destinationKey(value);

  const onSelect = (event: JSX.TargetedEvent<HTMLSelectElement>) => {
    const key = event.currentTarget.value;
    if (key === CHOOSE) {
      // The select keeps showing the current destination until a folder is chosen.
      event.currentTarget.value = current;
      onChooseFolder?.();
      return;
    }
    const next = byKey.get(key);
    if (next) onChange(next);
  };

  return (
    <div class="quick-add__destination">
      <label class="quick-add__destination-label" for={id}>
        {t('quickAddSaveTo')}
      </label>
      <select
        id={id}
        class="ui-field__control quick-add__destination-select"
        value={current}
        onChange={onSelect}
        aria-describedby={ruleChosen ? hintId : undefined}
      >
        {rule && (
          <option value={RULE}>{t('quickAddRuleChoice', [destinationName(rule.destination), rule.site])}</option>
        )}
        <option value={defaultKey}>{t('quickAddDefaultChoice', destinationName(defaultDestination))}</option>
        {pickedChoice && <option value={destinationKey(pickedChoice)}>{pickedChoice.name}</option>}
        {recent.length > 0 && (
          <optgroup label={t('quickAddRecentFolders')}>
            {recent.map((folder) => (
              <option key={folder.id} value={destinationKey(folder)}>
                {folder.name}
              </option>
            ))}
          </optgroup>
        )}
        {showMyPack && <option value="my-pack">{t('folderMyPack')}</option>}
        {onChooseFolder && <option value={CHOOSE}>{t('quickAddChooseFolder')}</option>}
      </select>
      {ruleChosen && rule && (
        <p class="quick-add__rule-hint" id={hintId}>
          {t('quickAddRuleHint', rule.site)}
        </p>
      )}
    </div>
  );
}

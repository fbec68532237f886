import { ArrowRight, Folder, Package, Trash2 } from 'lucide-preact';
import { destinationName } from '../../shared/destination.ts';
import { t } from '../../shared/i18n.ts';
import type { SiteRule } from '../../shared/site-rules.ts';
import { Button } from '../../ui/components/Button.tsx';

export type SiteRuleListProps = {
  rules: readonly SiteRule[];
  disabled: boolean;
  onChangeFolder: (site: string) => void;
  onRemove: (site: string) => void;
};

/** The rules, one row each: the site, its folder, and Change / Remove (named with the site for screen readers). */
export function SiteRuleList({ rules, disabled, onChangeFolder, onRemove }: SiteRuleListProps) {
  if (rules.length === 0) return <p class="options-value options-value--muted">{t('downloadsRulesNone')}</p>;
  return (
    <ul class="options-rules__list" aria-label={t('siteRulesListLabel')}>
      {rules.map((rule) => {
        const Icon = rule.destination.kind === 'folder' ? Folder : Package;
        return (
          <li class="options-rules__rule" key={rule.site}>
            <span class="options-rules__site">{rule.site}</span>
            <ArrowRight class="options-rules__arrow" aria-hidden="true" />
            <span class="options-destination">
              <Icon class="options-destination__icon" aria-hidden="true" />
              <span class="options-destination__name">{destinationName(rule.destination)}</span>
            </span>
            <span class="options-rules__actions">
              <Button
                size="sm"
                disabled={disabled}
                aria-label={t('siteRuleChangeFolder', rule.site)}
                onClick={() => onChangeFolder(rule.site)}
              >
                {t('actionChange')}
              </Button>
              <Button
                size="sm"
                variant="ghost"
                icon={Trash2}
                disabled={disabled}
                aria-label={t('siteRuleRemove', rule.site)}
                onClick={() => onRemove(rule.site)}
              >
                {t('siteRuleRemoveShort')}
              </Button>
            </span>
          </li>
        );
      })}
    </ul>
  );
}

import { t } from '../../shared/i18n.ts';
import type { OptionsSectionInfo } from '../sections.ts';

export type OptionsNavProps = {
  sections: readonly OptionsSectionInfo[];
  /** The id of the section being read; its link gets aria-current. */
  current: string;
};

/** The options page's side navigation: one fragment link per section. */
export function OptionsNav({ sections, current }: OptionsNavProps) {
  return (
    <nav class="options-nav" aria-label={t('optionsNavLabel')}>
      <ul class="options-nav__list">
        {sections.map(({ id, label, icon: Icon }) => (
          <li key={id}>
            <a class="options-nav__link" href={`#${id}`} aria-current={id === current ? 'location' : undefined}>
              <Icon class="options-nav__icon" aria-hidden="true" />
              {t(label)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

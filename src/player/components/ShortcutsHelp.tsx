import { Keyboard } from 'lucide-preact';
import { t, type MessageKey } from '../../shared/i18n.ts';

const MEDIA: [string[], MessageKey][] = [
  [['Space'], 'playerKeyPlay'],
  [['←', '→'], 'playerKeySeek'],
  [['↑', '↓'], 'playerKeyVolume'],
  [['F'], 'playerKeyFullscreen'],
  [['M'], 'playerKeyMute'],
  [['C'], 'playerKeySubtitles'],
  [['Shift+P', 'Shift+N'], 'playerKeySiblings'],
];
const IMAGE: [string[], MessageKey][] = [
  [['←', '→'], 'playerKeySiblings'],
  [['F'], 'playerKeyFullscreen'],
];

/** The keyboard shortcuts, behind a disclosure. */
export function ShortcutsHelp({ mode }: { mode: 'media' | 'image' }) {
  return (
    <details class="player-shortcuts">
      <summary class="ui-button ui-button--ghost ui-button--sm">
        <Keyboard class="ui-button__icon" aria-hidden="true" />
        <span class="ui-button__label">{t('playerShortcuts')}</span>
      </summary>
      <dl class="player-shortcuts__list">
        {(mode === 'media' ? MEDIA : IMAGE).map(([keys, key]) => (
          <div key={key} class="player-shortcuts__row">
            <dt>
              {keys.map((name) => (
                <kbd key={name}>{name}</kbd>
              ))}
            </dt>
            <dd>{t(key)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

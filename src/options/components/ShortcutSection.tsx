import { ClipboardPaste, Keyboard } from 'lucide-preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { CLIPBOARD_PERMISSION } from '../../shared/clipboard.ts';
import { t } from '../../shared/i18n.ts';
import { Button } from '../../ui/components/Button.tsx';
import { Section } from '../../ui/components/Section.tsx';
import { SettingRow } from '../../ui/components/SettingRow.tsx';
import { Switch } from '../../ui/components/Switch.tsx';

const COMMAND = 'send-selection';
/**
 * Opens where the browser lets the user change extension shortcuts (extensions cannot change them themselves).
 * Firefox (137+) has commands.openShortcutSettings(); it does not let an extension open about:addons in a tab.
 */
function openShortcutSettings(): void {
  const commands = browser.commands as { openShortcutSettings?: () => Promise<void> };
  if (commands.openShortcutSettings) void commands.openShortcutSettings();
  else void browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}

/** Options › Shortcut: the key that sends the selection, and whether it may read the clipboard instead. */
export function ShortcutSection() {
  const [shortcut, setShortcut] = useState<string | undefined>(undefined);
  const [clipboardAllowed, setClipboardAllowed] = useState(false);

  useEffect(() => {
    browser.commands
      .getAll()
      .then((commands) => setShortcut(commands.find((command) => command.name === COMMAND)?.shortcut ?? ''))
      .catch(() => setShortcut(''));
    browser.permissions
      .contains({ permissions: [CLIPBOARD_PERMISSION] })
      .then(setClipboardAllowed)
      .catch(() => setClipboardAllowed(false));
  }, []);

  const changeClipboard = (on: boolean) => {
    // The request must stay in the click's user gesture: no await before it.
    const change = on
      ? browser.permissions.request({ permissions: [CLIPBOARD_PERMISSION] })
      : browser.permissions.remove({ permissions: [CLIPBOARD_PERMISSION] }).then(() => false);
    change.then(setClipboardAllowed, () => setClipboardAllowed(!on));
  };

  return (
    <Section id="shortcut" title={t('sectionShortcut')} description={t('shortcutDescription')}>
      <div class="ui-card options-card">
        <SettingRow
          icon={Keyboard}
          title={t('shortcutKeyTitle')}
          description={t('shortcutKeyText')}
          descriptionId="shortcut-key-text"
        >
          <kbd class="options-value" aria-label={t('shortcutCurrent')}>
            {shortcut === undefined ? '…' : shortcut || t('shortcutNotSet')}
          </kbd>
          <Button onClick={openShortcutSettings}>{t('actionChange')}</Button>
        </SettingRow>
        <SettingRow
          icon={ClipboardPaste}
          title={t('shortcutClipboardTitle')}
          description={t('shortcutClipboardText')}
          descriptionId="shortcut-clipboard-text"
        >
          <Switch
            label={t('shortcutClipboardTitle')}
            checked={clipboardAllowed}
            onChange={changeClipboard}
            describedBy="shortcut-clipboard-text"
          />
        </SettingRow>
      </div>
    </Section>
  );
}

import browser from 'webextension-polyfill';
import { t, type MessageKey } from '../shared/i18n.ts';
import { intlLocale } from './intl-locale.ts';

/** Gives an extension page the browser's UI language (for screen readers and Intl) and its translated title. */
export function setUpPage(titleKey?: MessageKey): void {
  document.documentElement.lang = intlLocale(browser.i18n.getUILanguage(), browser.i18n.getMessage('intlLocale')) ?? '';
  document.title = titleKey === undefined ? t('extName') : `${t(titleKey)} – ${t('extName')}`;
}

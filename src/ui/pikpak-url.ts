/** Where the web app signs in; the session bridge adopts the session from there. */
export const PIKPAK_SIGN_IN_URL = 'https://mypikpak.com/drive/all';

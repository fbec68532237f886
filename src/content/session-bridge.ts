// The session bridge between mypikpak.com's localStorage and the extension (filled in by the session issue).
export {};

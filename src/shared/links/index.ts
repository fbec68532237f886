/**
 * Link parsing for "Send to PikPak": pure (no browser, DOM or Node API), shared by the background, the popup and
 * tests. `parseLink` reads one candidate, `extractLinks` every link in free text, `parseLines` the quick-add box.
 */
export { parseLink } from './parse.ts';
export { acceptedLinks, extractLinks, findLinks } from './extract.ts';
export { parseLines, type LineResult } from './lines.ts';
export { shareLinksIn } from './shares.ts';
export {
  LINK_KINDS,
  MAX_LINK_LENGTH,
  REJECT_REASONS,
  SOCIAL_PLATFORMS,
  UNSENDABLE_REASONS,
  isRejectReason,
  type Ed2kLink,
  type HttpLink,
  type LinkKind,
  type LinkResult,
  type MagnetLink,
  type ParsedLink,
  type RejectReason,
  type RejectedLink,
  type ShareLink,
  type SocialLink,
  type SocialPlatform,
  type UnsendableReason,
} from './types.ts';

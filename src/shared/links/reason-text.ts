import type { MessageKey } from '../i18n.ts';
import type { RejectReason, UnsendableReason } from './types.ts';

/** The sentence (lower-case, no full stop: it follows "Line 3: ") for each reason a link is refused. */
const REJECT_TEXT: Record<RejectReason, MessageKey> = {
  empty: 'linkReasonEmpty',
  'too-long': 'linkReasonTooLong',
  'not-a-link': 'linkReasonNotALink',
  'unsupported-scheme': 'linkReasonUnsupportedScheme',
  'magnet-no-hash': 'linkReasonMagnetNoHash',
  'magnet-bad-hash': 'linkReasonMagnetBadHash',
  'ed2k-not-file': 'linkReasonEd2kNotFile',
  'ed2k-malformed': 'linkReasonEd2kMalformed',
  'ed2k-bad-size': 'linkReasonEd2kBadSize',
  'ed2k-bad-hash': 'linkReasonEd2kBadHash',
  'thunder-undecodable': 'linkReasonThunderUndecodable',
  'thunder-inner-invalid': 'linkReasonThunderInnerInvalid',
  'url-invalid': 'linkReasonUrlInvalid',
  'url-has-spaces': 'linkReasonUrlHasSpaces',
  'url-private-host': 'linkReasonUrlPrivateHost',
  'hash-unrecognised': 'linkReasonHashUnrecognised',
};

const UNSENDABLE_TEXT: Record<UnsendableReason, MessageKey> = {
  'pikpak-share-link': 'linkReasonPikpakShare',
};

export function rejectReasonKey(reason: RejectReason): MessageKey {
  return REJECT_TEXT[reason];
}

export function unsendableReasonKey(reason: UnsendableReason): MessageKey {
  return UNSENDABLE_TEXT[reason];
}

import { UserRound } from 'lucide-preact';

export type AvatarProps = {
  /** The account's display name or email; its first letter is shown. Without it, a person icon. */
  name?: string;
  size?: 'sm' | 'md';
};

/** A round account mark. Decorative: the name is always written next to it. */
export function Avatar({ name, size = 'md' }: AvatarProps) {
  const initial = name?.trim().charAt(0).toUpperCase();
  return (
    <span class={`ui-avatar ui-avatar--${size}${initial ? '' : ' ui-avatar--empty'}`} aria-hidden="true">
      {initial ? initial : <UserRound />}
    </span>
  );
}

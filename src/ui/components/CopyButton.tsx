import { Check, Copy } from 'lucide-preact';
import { useEffect, useState } from 'preact/hooks';
import { IconButton } from './IconButton.tsx';

export type CopyButtonProps = {
  /** What goes on the clipboard. */
  text: string;
  /** The button's name ("Copy the hash"). */
  label: string;
  /** Said once it is copied ("Copied"). */
  doneLabel: string;
};

/** A small button that copies a value and says so for two seconds (icon, tooltip and accessible name). */
export function CopyButton({ text, label, doneLabel }: CopyButtonProps) {
  const [done, setDone] = useState(false);
  useEffect(() => {
    if (!done) return undefined;
    const timer = setTimeout(() => setDone(false), 2_000);
    return () => clearTimeout(timer);
  }, [done]);
  return (
    <IconButton
      icon={done ? Check : Copy}
      label={done ? doneLabel : label}
      size="sm"
      onClick={() => {
        navigator.clipboard.writeText(text).then(
          () => setDone(true),
          (error: unknown) => console.warn('Could not copy', error),
        );
      }}
    />
  );
}

export type SkeletonRowsProps = {
  /** Announced to screen readers while the placeholders show, e.g. "Loading files…". */
  label: string;
  rows?: number;
  /** `file`: icon, name and two columns; `task`: name, progress bar and a status line. */
  variant?: 'file' | 'task';
};

// Varied widths (% of the row) so the placeholder reads as a list of names rather than a striped block.
const NAME_WIDTHS = {
  file: [38, 26, 44, 31, 22, 40, 29, 35, 24, 42],
  task: [72, 58, 84, 64, 50, 78, 61, 69, 55, 80],
} as const;

/** Placeholder rows shaped like the content that is loading (a skeleton rather than a spinner). */
export function SkeletonRows({ label, rows = 6, variant = 'file' }: SkeletonRowsProps) {
  return (
    <div class={`ui-skeleton ui-skeleton--${variant}`} role="status" aria-busy="true">
      <span class="visually-hidden">{label}</span>
      {Array.from({ length: rows }, (_, index) => (
        <div class="ui-skeleton__row" aria-hidden="true" key={index}>
          {variant === 'file' ? (
            <>
              <span class="ui-skeleton__block ui-skeleton__icon" />
              <span
                class="ui-skeleton__block ui-skeleton__name"
                style={{ width: `${NAME_WIDTHS[variant][index % 10] ?? 40}%` }}
              />
              <span class="ui-skeleton__block ui-skeleton__cell" />
              <span class="ui-skeleton__block ui-skeleton__cell ui-skeleton__cell--wide" />
            </>
          ) : (
            <>
              <span
                class="ui-skeleton__block ui-skeleton__name"
                style={{ width: `${NAME_WIDTHS[variant][index % 10] ?? 40}%` }}
              />
              <span class="ui-skeleton__block ui-skeleton__bar" />
              <span class="ui-skeleton__block ui-skeleton__meta" />
            </>
          )}
        </div>
      ))}
    </div>
  );
}

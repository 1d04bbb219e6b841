/**
 * A 16x16 icon of strokes drawn in currentColor, so a badge's state colour applies, while the shape
 * alone still tells states apart for readers who cannot tell the colours apart.
 */
export function StrokeIcon({ path, className }: { path: string; className?: string }) {
  return (
    <svg
      className={className}
      viewBox="0 0 16 16"
      width="14"
      height="14"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={path}
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

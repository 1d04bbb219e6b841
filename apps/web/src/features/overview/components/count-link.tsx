import { Link } from 'react-router';

/** A number that opens the list it counts; a number with nowhere to go is plain text. */
export function CountLink({
  value,
  to,
  label,
}: {
  value: number | undefined;
  to?: string;
  label: string;
}) {
  if (value === undefined)
    return (
      <span className="muted" aria-label={`${label}: loading`}>
        …
      </span>
    );
  const text = value.toLocaleString('en');
  return to ? (
    <Link to={to} className="count-link" aria-label={`${text} ${label}`}>
      {text}
    </Link>
  ) : (
    <span aria-label={`${text} ${label}`}>{text}</span>
  );
}

import { Link, useLocation } from 'react-router';

export function NotFoundPage() {
  const location = useLocation();
  return (
    <section className="page">
      <title>Not found · Meshwork</title>
      <h1>Nothing here</h1>
      <p>
        There is no page at <code>{location.pathname}</code>.{' '}
        <Link to="/overview">Go to the overview</Link>.
      </p>
    </section>
  );
}

import { NavLink, Outlet } from 'react-router';
import { navItems } from './nav-items';
import './app-shell.css';

function MeshworkMark() {
  return (
    <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
      <g fill="none" stroke="currentColor" strokeWidth="1.8">
        <path d="M5 6l7 12 7-12zM5 6l7 5 7-5M12 11v7" strokeLinejoin="round" />
      </g>
      <g fill="currentColor">
        <circle cx="5" cy="6" r="2.2" />
        <circle cx="19" cy="6" r="2.2" />
        <circle cx="12" cy="18" r="2.2" />
        <circle cx="12" cy="11" r="1.8" />
      </g>
    </svg>
  );
}

/** The frame around every page: the product name, the navigation, and the page itself. */
export function AppShell() {
  return (
    <div className="app-shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <NavLink to="/" className="app-brand">
          <MeshworkMark />
          <span>Meshwork</span>
        </NavLink>
        <nav aria-label="Main" className="app-nav">
          {navItems.map((item) => (
            <NavLink key={item.to} to={item.to} className="app-nav-link">
              {item.label}
            </NavLink>
          ))}
        </nav>
      </header>
      <main id="main" className="app-main">
        <Outlet />
      </main>
    </div>
  );
}

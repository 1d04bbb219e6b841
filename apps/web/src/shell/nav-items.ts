/** The pages in the navigation. Only pages that work are listed; others join as they land. */
export interface NavItem {
  to: string;
  label: string;
}

export const navItems: readonly NavItem[] = [
  { to: '/overview', label: 'Overview' },
  { to: '/topology', label: 'Topology' },
  { to: '/services', label: 'Services' },
  { to: '/meshes', label: 'Meshes' },
  { to: '/certificates', label: 'Certificates' },
  { to: '/clusters', label: 'Clusters' },
];

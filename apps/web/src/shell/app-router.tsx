import { createBrowserRouter, Navigate } from 'react-router';
import { CertificateDetailPanel } from '../features/certificates/components/certificate-detail-panel';
import { CertificatesPage } from '../features/certificates/components/certificates-page';
import { ClustersPage } from '../features/clusters/components/clusters-page';
import { MeshesPage } from '../features/meshes/components/meshes-page';
import { OverviewPage } from '../features/overview/components/overview-page';
import { ServiceDetailPanel } from '../features/services/components/service-detail-panel';
import { ServicesPage } from '../features/services/components/services-page';
import { AppShell } from './app-shell';
import { NotFoundPage } from './not-found-page';

export const appRouter = createBrowserRouter([
  {
    path: '/',
    element: <AppShell />,
    children: [
      // The Overview answers "is anything broken?", so it is where the app opens.
      { index: true, element: <Navigate to="/overview" replace /> },
      { path: 'overview', element: <OverviewPage /> },
      {
        path: 'services',
        element: <ServicesPage />,
        // The id is one URL-encoded segment (ids hold slashes); the panel opens beside the list.
        children: [{ path: ':serviceId', element: <ServiceDetailPanel /> }],
      },
      {
        path: 'topology',
        // Loaded on first visit: cytoscape is most of its weight, and no other page needs it.
        lazy: async () => ({
          Component: (await import('../features/topology/components/topology-page')).TopologyPage,
        }),
      },
      { path: 'meshes', element: <MeshesPage /> },
      {
        path: 'certificates',
        element: <CertificatesPage />,
        children: [{ path: ':certificateId', element: <CertificateDetailPanel /> }],
      },
      { path: 'clusters', element: <ClustersPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

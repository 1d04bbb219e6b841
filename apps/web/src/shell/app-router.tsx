import { createBrowserRouter, Navigate } from 'react-router';
import { ClustersPage } from '../features/clusters/components/clusters-page';
import { AppShell } from './app-shell';
import { NotFoundPage } from './not-found-page';

export const appRouter = createBrowserRouter([
  {
    path: '/',
    element: <AppShell />,
    children: [
      // The Overview page takes the root once it exists; until then the clusters answer "is anything broken?".
      { index: true, element: <Navigate to="/clusters" replace /> },
      { path: 'clusters', element: <ClustersPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

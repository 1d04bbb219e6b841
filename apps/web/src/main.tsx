import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { Provider as GraphqlProvider } from 'urql';
import { graphqlClient, liveSocket } from './graphql/graphql-client';
import { LiveUpdatesProvider } from './shared/live/live-updates';
import { appRouter } from './shell/app-router';
import './styles/theme.css';
import './styles/base.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <GraphqlProvider value={graphqlClient}>
      <LiveUpdatesProvider client={graphqlClient} socket={liveSocket}>
        <RouterProvider router={appRouter} />
      </LiveUpdatesProvider>
    </GraphqlProvider>
  </StrictMode>,
);

import {
  createContext,
  type ReactNode,
  useContext,
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { type Client } from 'urql';
import { type LiveSocket, type LiveStatus } from '../../graphql/live-socket';
import { FleetChangeFeed, type FleetChangeListener } from './fleet-change-feed';

interface LiveUpdates {
  socket: LiveSocket;
  feed: FleetChangeFeed;
}

const LiveUpdatesContext = createContext<LiveUpdates | null>(null);

function useLiveUpdates(): LiveUpdates {
  const live = useContext(LiveUpdatesContext);
  if (!live) throw new Error('useLiveUpdates needs a <LiveUpdatesProvider> above it');
  return live;
}

/** Holds the app's one `fleetChanged` subscription for as long as the app is open. */
export function LiveUpdatesProvider({
  client,
  socket,
  children,
}: {
  client: Client;
  socket: LiveSocket;
  children: ReactNode;
}) {
  const [live] = useState<LiveUpdates>(() => ({
    socket,
    feed: new FleetChangeFeed(client, socket),
  }));
  useEffect(() => {
    live.feed.start();
    return () => live.feed.stop();
  }, [live]);
  return <LiveUpdatesContext value={live}>{children}</LiveUpdatesContext>;
}

/** Whether changes arrive over the socket right now; when not, pages poll. */
export function useLiveStatus(): LiveStatus {
  const { socket } = useLiveUpdates();
  return useSyncExternalStore(socket.subscribeStatus, socket.getStatus, socket.getStatus);
}

/** Calls the latest `listener` on every fleet change while the component is mounted. */
export function useFleetChanges(listener: FleetChangeListener): void {
  const { feed } = useLiveUpdates();
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => feed.listen((notice) => latest.current(notice)), [feed]);
}

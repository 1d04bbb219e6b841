import { type MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import { servicePath } from '../utils/service-path';

interface ServicePathLinkProps {
  id: string;
  cluster: string;
  namespace: string;
  name: string;
  search?: string;
}

function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

/**
 * `cluster / namespace / name`, linking to the service's detail: a name alone is ambiguous. A plain
 * anchor rather than the router's Link, which costs several hooks per row of a 10,000-row table;
 * a plain click still navigates inside the app, a middle-click still opens a tab.
 */
export function ServicePathLink({ id, cluster, namespace, name, search }: ServicePathLinkProps) {
  const navigate = useNavigate();
  const href = servicePath(id, search);
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    void navigate(href);
  };
  return (
    <a
      href={href}
      onClick={onClick}
      className="service-path"
      title={`${cluster} / ${namespace} / ${name}`}
    >
      <span className="service-path-cluster">{cluster}</span>
      <span className="service-path-sep"> / </span>
      <span className="service-path-namespace">{namespace}</span>
      <span className="service-path-sep"> / </span>
      <span className="service-path-name">{name}</span>
    </a>
  );
}

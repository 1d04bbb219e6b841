import { Link } from 'react-router';
import { servicePath } from '../utils/service-path';

interface ServicePathLinkProps {
  id: string;
  cluster: string;
  namespace: string;
  name: string;
  search?: string;
}

/** `cluster / namespace / name`, linking to the service's detail: a name alone is ambiguous. */
export function ServicePathLink({ id, cluster, namespace, name, search }: ServicePathLinkProps) {
  return (
    <Link
      to={servicePath(id, search)}
      className="service-path"
      title={`${cluster} / ${namespace} / ${name}`}
    >
      <span className="service-path-cluster">{cluster}</span>
      <span className="service-path-sep"> / </span>
      <span className="service-path-namespace">{namespace}</span>
      <span className="service-path-sep"> / </span>
      <span className="service-path-name">{name}</span>
    </Link>
  );
}

import { type MeshKind } from '../../graphql/generated/graphql';
import { meshKindLabel } from '../format/mesh-kind-label';
import './mesh-kind-badge.css';

/** Which mesh, in words; neutral on purpose, since colour is kept for health. */
export function MeshKindBadge({ kind, title }: { kind: MeshKind; title?: string }) {
  return (
    <span className="mesh-kind-badge" data-mesh-kind={kind} title={title}>
      {meshKindLabel(kind)}
    </span>
  );
}

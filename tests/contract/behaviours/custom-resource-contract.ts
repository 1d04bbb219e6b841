import { type ContractContext } from '../support/contract-context';
import { customResourceDefinition } from '../support/custom-resource-definition';
import { CustomObjects } from '../support/custom-objects';
import { MESH_KINDS, meshObject } from '../support/mesh-kinds';

/** Mesh CRDs: Meshwork's adapters read and write these resources in every cluster. */
export function customResourceContract(ctx: ContractContext): void {
  it.each(
    MESH_KINDS.map((kind) => [kind.mesh, `${kind.kind}.${kind.group}/${kind.version}`, kind]),
  )(
    'after its CRD is created, %s %s custom resources can be created (201), read and listed with unknown fields kept',
    async (_mesh, _name, kind) => {
      await ctx.crds.ensure(customResourceDefinition(kind));
      const namespace = ctx.namespace();
      const objects = new CustomObjects(ctx.target().admin, kind, namespace);
      // A field no schema names: preserve-unknown-fields must keep it.
      const spec = { ...kind.sampleSpec, meshworkUnknownField: { kept: true } };

      const created = await objects.create(meshObject(kind, namespace, 'sample', spec));
      expect(created.status).toBe(201);
      expect(created.object).toMatchObject({
        apiVersion: `${kind.group}/${kind.version}`,
        kind: kind.kind,
        metadata: { name: 'sample', namespace, generation: 1 },
        spec,
      });
      expect(created.object.metadata.uid).toBeTruthy();
      expect(created.object.metadata.resourceVersion).toMatch(/^\d+$/);

      const read = await objects.get('sample');
      expect(read.spec).toEqual(spec);
      expect(read.metadata.resourceVersion).toBe(created.object.metadata.resourceVersion);

      await objects.create(meshObject(kind, namespace, 'second'));
      const list = await objects.list();
      expect(list.metadata?.resourceVersion).toMatch(/^\d+$/);
      expect(list.items.map((o) => o.metadata.name)).toEqual(['sample', 'second']);
      // Unlike typed built-in lists, custom resource list items keep apiVersion and kind.
      expect(list.items[1]).toMatchObject({
        apiVersion: `${kind.group}/${kind.version}`,
        kind: kind.kind,
        spec: kind.sampleSpec,
      });
    },
  );
}

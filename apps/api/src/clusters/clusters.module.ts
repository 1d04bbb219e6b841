import { Module } from '@nestjs/common';
import { ClusterRegistry } from './cluster-registry.service';
import { ClustersResolver } from './clusters.resolver';
import { HttpsKubeProbe } from './https-kube-probe';
import { KubeProbe } from './kube-probe';

@Module({
  providers: [ClusterRegistry, ClustersResolver, { provide: KubeProbe, useClass: HttpsKubeProbe }],
  exports: [ClusterRegistry],
})
export class ClustersModule {}

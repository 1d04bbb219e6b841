#!/usr/bin/env bash
# Builds the unmodified kube-apiserver and etcd that the integration tests run, from the Go modules pinned
# in tools/k8s/go.mod, into a cache outside git. Prints the folder that holds both binaries.
#
#   scripts/build-control-plane.sh            # build if missing, print the bin folder
#   MESHWORK_CACHE_DIR=/x scripts/build-...   # cache root (default: ~/.cache/meshwork)
#
# A warm call (both binaries present) returns at once. A cold one takes minutes: it downloads the modules
# through the Go module proxy and compiles on every core. Build logs go to stderr; stdout is only the path.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
module_dir="$root/tools/k8s"

k8s_version="$(awk '$1 == "k8s.io/kubernetes" { print $2; exit }' "$module_dir/go.mod")"
if [[ ! "$k8s_version" =~ ^v1\.([0-9]+)\.[0-9]+$ ]]; then
  echo "build-control-plane: cannot read the k8s.io/kubernetes version from $module_dir/go.mod" >&2
  exit 1
fi
k8s_minor="${BASH_REMATCH[1]}"

bin_dir="${MESHWORK_CACHE_DIR:-$HOME/.cache/meshwork}/k8s/$k8s_version"
# The folder is named by the k8s version; the stamp also catches a regenerated go.mod/go.sum (say, a new
# etcd patch) under the same version.
source_hash="$(cat "$module_dir/go.mod" "$module_dir/go.sum" | sha256sum | cut -c1-16)"
is_built() {
  [[ -x "$bin_dir/kube-apiserver" && -x "$bin_dir/etcd" ]] &&
    [[ "$(cat "$bin_dir/.source-hash" 2>/dev/null)" == "$source_hash" ]]
}
if is_built; then
  echo "$bin_dir"
  exit 0
fi

if ! command -v go >/dev/null 2>&1; then
  echo "build-control-plane: 'go' is not on PATH; it is needed once to build kube-apiserver and etcd" >&2
  exit 1
fi

mkdir -p "$bin_dir"
# Two test runs (or two helpers) may start cold at once: one builds, the other waits and reuses it.
exec 9>"$bin_dir/.build.lock"
flock 9
if is_built; then
  echo "$bin_dir"
  exit 0
fi

# Build into a scratch folder and move into place, so an interrupted build never looks finished.
staging="$(mktemp -d "$bin_dir/.build.XXXXXX")"
trap 'rm -rf "$staging"' EXIT

# Without these -X flags /version reports v0.0.0-master and clients see a fake server version.
version_pkg=k8s.io/component-base/version
ldflags="-s -w -X $version_pkg.gitVersion=$k8s_version -X $version_pkg.gitMajor=1"
ldflags+=" -X $version_pkg.gitMinor=$k8s_minor -X $version_pkg.gitTreeState=clean"
ldflags+=" -X $version_pkg.buildDate=1970-01-01T00:00:00Z"

export CGO_ENABLED=0
# -mod=readonly: the committed go.mod/go.sum are the whole truth; a stale go.sum fails loudly here.
export GOFLAGS="-mod=readonly -buildvcs=false"

started=$SECONDS
echo "build-control-plane: building kube-apiserver $k8s_version into $bin_dir (cold build: minutes)" >&2
(
  cd "$module_dir"
  go build -trimpath -ldflags "$ldflags" -o "$staging/kube-apiserver" k8s.io/kubernetes/cmd/kube-apiserver
  go build -trimpath -ldflags "-s -w" -o "$staging/etcd" go.etcd.io/etcd/server/v3
) >&2
mv "$staging/etcd" "$bin_dir/etcd"
mv "$staging/kube-apiserver" "$bin_dir/kube-apiserver"
echo "$source_hash" >"$bin_dir/.source-hash"
echo "build-control-plane: built in $((SECONDS - started)) s" >&2
echo "$bin_dir"

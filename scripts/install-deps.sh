#!/bin/sh
# Installs the Debian 12 packages unxref needs to build, test and draw (run as root).
# Installs only what is missing, so it is quick and safe to run again.
set -eu
PKGS="build-essential pkg-config xxd libigraph-dev libgraphviz-dev graphviz libjansson-dev
libutf8proc-dev fonts-noto-cjk fonts-noto-core python3 python3-networkx python3-scipy python3-igraph
libxml2-utils clang libclang-rt-14-dev valgrind gnuplot-nox parallel chromium nodejs
libpoppler-glib-dev poppler-utils libvectorscan-dev"
missing=""
for p in $PKGS; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done
# Debian's npm, unless npm came with another nodejs build
command -v npm >/dev/null 2>&1 || missing="$missing npm"
# make formats loads graph.cyjs with Cytoscape.js from the npm registry (into build/npm,
# not shipped); the page of --format html has its renderer in vendor/
cyto() {
    root=$(cd "$(dirname "$0")/.." && pwd)
    [ -f "$root/build/npm/node_modules/cytoscape/package.json" ] && return 0
    echo "install-deps: npm install cytoscape@3.35.0 into build/npm"
    mkdir -p "$root/build/npm"
    (cd "$root/build/npm" && npm install --no-audit --no-fund --no-save --prefix . cytoscape@3.35.0 >/dev/null)
}
if [ -z "$missing" ]; then
    echo "install-deps: all packages present"
    cyto
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "install-deps: missing:$missing — run as root (or: sudo apt-get install$missing)" >&2
    exit 1
fi
echo "install-deps: installing$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $missing
cyto

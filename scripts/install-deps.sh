#!/bin/sh
# Installs the Debian 12 packages unxref needs to build, test and draw (run as root).
# Installs only what is missing, so it is quick and safe to run again.
set -eu
PKGS="build-essential pkg-config xxd libigraph-dev libgraphviz-dev graphviz libjansson-dev
libutf8proc-dev fonts-noto-cjk fonts-noto-core python3 python3-networkx python3-scipy python3-igraph
libxml2-utils clang libclang-rt-14-dev valgrind libpoppler-glib-dev poppler-utils chromium"
missing=""
for p in $PKGS; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done
if [ -z "$missing" ]; then
    echo "install-deps: all packages present"
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

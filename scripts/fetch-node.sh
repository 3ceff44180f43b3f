#!/usr/bin/env bash
# Prints the folder of a Node.js runtime of the given major version (e.g. 22, 24), fetched
# from the npm registry's node-<os>-<arch> package into a cache folder on first use. It
# never touches the system Node: put the printed folder first on PATH to use it.
#   PATH="$(bash scripts/fetch-node.sh 24):$PATH" node --version
set -euo pipefail
major="${1:?usage: fetch-node.sh <major version, e.g. 24>}"
case "$(uname -s)" in Linux) os=linux ;; Darwin) os=darwin ;; *) echo "fetch-node: no npm registry package for $(uname -s); install Node $major yourself" >&2; exit 1 ;; esac
case "$(uname -m)" in x86_64) arch=x64 ;; aarch64 | arm64) arch=arm64 ;; *) echo "fetch-node: no package for $(uname -m)" >&2; exit 1 ;; esac
pkg="node-${os}-${arch}"
version="$(npm view "${pkg}@${major}" version --json 2>/dev/null | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const v=JSON.parse(s);console.log(Array.isArray(v)?v.at(-1):v)})')"
[ -n "$version" ] || { echo "fetch-node: the npm registry has no ${pkg}@${major}" >&2; exit 1; }
cache="${BX_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/benelux-briefing/node}/${pkg}-${version}"
if [ ! -x "$cache/bin/node" ]; then
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  echo "fetch-node: fetching ${pkg}@${version} from the npm registry" >&2
  (cd "$tmp" && npm pack "${pkg}@${version}" --silent >/dev/null && tar xzf ./*.tgz package/bin/node)
  mkdir -p "$cache/bin"
  mv "$tmp/package/bin/node" "$cache/bin/node.partial" && mv "$cache/bin/node.partial" "$cache/bin/node"
fi
"$cache/bin/node" --version >&2
echo "$cache/bin"

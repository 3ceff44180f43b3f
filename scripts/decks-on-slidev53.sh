#!/usr/bin/env bash
# Builds and checks this repository's example deck (slides.md) and the gallery on Slidev 53
# under Node 24 (the repository itself develops on its dev dependency, Slidev 52.20.1).
# Works on a copy of the repository's files in .cache/slidev53/repo whose package.json has
# @slidev/cli 53.0.0 as its one Slidev and no dev dependencies; the copy's node_modules stays
# for the next run. Node 24 comes from scripts/fetch-node.sh, packages from the npm cache or
# the npm registry.
#   bash scripts/decks-on-slidev53.sh
set -euo pipefail
cd "$(dirname "$0")/.."
node_dir="$(bash scripts/fetch-node.sh 24)"
export PATH="$node_dir:$PATH" PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
work="$PWD/.cache/slidev53/repo"
mkdir -p "$work"
# The tracked and new files as they are in the working tree (no node_modules, builds or caches).
git ls-files -z --cached --others --exclude-standard | tar --null -T - -cf - | tar -xf - -C "$work"
cd "$work"
rm -f package-lock.json
node -e '
const fs = require("node:fs")
const pkg = JSON.parse(fs.readFileSync("package.json", "utf8"))
pkg.dependencies["@slidev/cli"] = "53.0.0"
delete pkg.devDependencies
fs.writeFileSync("package.json", `${JSON.stringify(pkg, null, 2)}\n`)'
echo "[slidev53] npm install in $work (Node $(node --version))"
npm install --no-audit --no-fund --prefer-offline --no-package-lock
slidevs="$(find node_modules -path '*/@slidev/cli/package.json' | xargs -I{} node -p 'require("./{}").version')"
[ "$slidevs" = "53.0.0" ] || { echo "[slidev53] expected one @slidev/cli, 53.0.0; found: $slidevs" >&2; exit 1; }
node bin/briefing.mjs build slides.md --out dist
node bin/briefing.mjs check slides.md
node bin/briefing.mjs build gallery.md --out dist-gallery
node bin/briefing.mjs check gallery.md
echo "[slidev53] slides.md and gallery.md build and check on Slidev 53.0.0, Node $(node --version)"

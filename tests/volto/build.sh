#!/usr/bin/env bash
# Installs and builds the Volto 17.23 project of tests/volto from npm only, in a cache
# outside the clone keyed by the project's files, and prints the built folder:
#   dir=$(bash tests/volto/build.sh)   # then: node "$dir/build/server.js"
# A second run with the same files reuses the build (a few seconds). A build that fails
# exits non-zero with npm's or razzle's output on stderr and leaves nothing to reuse.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cache_root=${VETCMS_CACHE_DIR:-$HOME/.cache/vetcms}/volto
# Everything the build reads from the clone; bump RECIPE when the steps below change.
RECIPE=1
project_files=(package.json package-lock.json .npmrc babel.config.js razzle.config.js
  tsconfig.json src theme public)
key=$( (echo "recipe $RECIPE node $(node --version)"
  cd "$here" && find "${project_files[@]}" -type f -print0 | LC_ALL=C sort -z |
    xargs -0 sha256sum) | sha256sum | cut -c1-16)
dir=$cache_root/$key
log() { echo "volto build: $*" >&2; }

mkdir -p "$cache_root"
# One build per key at a time: a second caller waits, then finds it built.
exec 9>"$cache_root/$key.lock"
flock 9
if [[ -f $dir/.built ]]; then
  log "reusing $dir"
  echo "$dir"
  exit 0
fi

rm -rf "$dir"
mkdir -p "$dir"
(cd "$here" && cp -r "${project_files[@]}" "$dir/")
cd "$dir"
started=$SECONDS
log "npm ci in $dir"
# cypress is a dependency of Volto 17; its binary download is never needed here.
CYPRESS_INSTALL_BINARY=0 npm ci --no-audit --no-fund --loglevel=error >&2
log "installed in $((SECONDS - started)) s"

# UI catalogues: Volto's own en/fi/nl; Volto 17 ships none for Estonian or Latvian,
# so those show English UI strings (content is still in their language).
mkdir -p locales
for lang in en fi nl; do cp "node_modules/@plone/volto/locales/$lang.json" locales/; done
for lang in et lv; do cp locales/en.json "locales/$lang.json"; done

started=$SECONDS
log "razzle build"
NODE_OPTIONS=--max-old-space-size=6144 npx razzle build --noninteractive >&2
[[ -f build/server.js ]] || { log "razzle wrote no build/server.js"; exit 1; }
log "built in $((SECONDS - started)) s"
touch .built

# Keep the two newest builds; each is about a gigabyte of node_modules.
find "$cache_root" -mindepth 2 -maxdepth 2 -name .built -printf '%T@ %h\n' |
  sort -rn | tail -n +3 | cut -d' ' -f2- | while read -r old; do rm -rf "$old" "$old.lock"; done
echo "$dir"

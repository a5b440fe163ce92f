#!/usr/bin/env bash
# The build's speed against a floor: a bare Astro project that builds the same generated pages
# with one layout and then runs Pagefind's command over them.
#
#   scripts/bench/against-floor.sh FLOOR_DIR [N] [ROUNDS]        (default 2000 3)
#
# FLOOR_DIR holds that bare project (its `npm run build` is `astro build && pagefind --site
# dist`) and gen.mjs, which writes N Swedish Markdown pages with `title` and `description`.
# Målbild builds a copy of this checkout (the files git lists, and a copy of node_modules with
# its cached editor bundle) whose content is its own plus the N pages as entries of
# content/pages/, published in the source language only (content/settings.yml narrowed,
# translations and interface files removed), with every feature on: a repository address is
# set, so the editor is built too. Both builds are cold (dist/, .astro/ and node_modules/.astro
# removed) and alternate, round by round; only the ratio within a round means much on a shared
# machine. Prints wall and CPU seconds and the ratio of the time per built page. Needs GNU
# time (/usr/bin/time; Debian package "time").
set -euo pipefail
[ $# -ge 1 ] || { sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
floor_src=$(cd "$1" && pwd); N=${2:-2000}; ROUNDS=${3:-3}
proj=$(cd "$(dirname "$0")/../.." && pwd)
export ASTRO_TELEMETRY_DISABLED=1
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 1; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
floor="$work/floor"; mb="$work/malbild"

cp -a "$floor_src/." "$floor"; chmod -R u+w "$floor"
(cd "$floor" && npm ci --no-audit --no-fund >/dev/null 2>&1)
git -C "$proj" ls-files -z | (cd "$proj" && xargs -0 tar -cf -) | (mkdir -p "$mb" && tar -xf - -C "$mb")
cp -a "$proj/node_modules" "$mb/node_modules"

node "$floor/gen.mjs" "$N" "$floor/src/content/pages" >/dev/null
node "$floor/gen.mjs" "$N" "$work/gen" >/dev/null
for f in "$work"/gen/*.md; do sed '1,/^---$/!b; s/^description:/summary:/' "$f" > "$mb/content/pages/$(basename "$f")"; done

# Only the source language: the first in the settings; every other language's words go too.
rm -rf "$mb/content/translations" "$mb/content/interface"
node --experimental-strip-types --no-warnings=ExperimentalWarning "$proj/scripts/bench/source-language-only.ts" "$mb/content/settings.yml"

for i in $(seq 1 "$ROUNDS"); do
  line="round $i"
  for site in floor malbild; do
    d=$floor; [ $site = malbild ] && d=$mb
    (cd "$d" && rm -rf dist .astro node_modules/.astro && sync &&
      MALBILD_REPOSITORY_URL=https://github.com/example/malbild /usr/bin/time -f '%e %U %S' -o "$work/t" npm run build >"$work/$site.log" 2>&1) ||
      { echo "$site build failed:"; tail -20 "$work/$site.log"; exit 1; }
    read -r wall user sys < "$work/t"
    pages=$(find "$d/dist" -name '*.html' | wc -l)
    eval "${site}_ms=$(awk -v w="$wall" -v p="$pages" 'BEGIN { print w * 1000 / p }')"
    line="$line | $site ${wall}s wall, $(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')s CPU, $pages pages"
  done
  echo "$line | målbild/floor per page: $(awk -v m="$malbild_ms" -v f="$floor_ms" 'BEGIN { printf "%.2f", m / f }')"
done

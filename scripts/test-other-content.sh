#!/usr/bin/env bash
# The whole test suite on a copy of the project whose content/ is another municipality's: the
# product's own tests must hold for any valid content, not only for the default one. By default
# the small fixture (other words for the levels, three areas, no lower levels, two languages).
#
#   npm run test:other-content [-- path/to/content]
#
# The copy has no .git, as a downloaded archive has none, so the tests also show that they hold
# without git. Nothing in the project is changed.
set -euo pipefail
cd "$(dirname "$0")/.."
content=$(cd "${1:-tests/fixtures/sites/small}" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

tar --exclude=./.git --exclude=./node_modules --exclude=./dist --exclude=./test-results --exclude=./.astro -cf - . | tar -xf - -C "$work"
# A copy, not links: the builds write into node_modules (Astro's and the tests' caches).
cp -a node_modules "$work/node_modules"
rm -rf "$work/node_modules/.astro" "$work/node_modules/.cache/malbild-tests"
rm -rf "$work/content"
cp -a "$content" "$work/content"
echo "npm test with content/ from ${content#"$PWD"/}, in $work"
cd "$work" && npm test

#!/usr/bin/env bash
# Builds Concurrency Lab's self-contained app image (and, on request, a platform installer) with jpackage.
#
#   installer/jpackage.sh [app-image|deb|msi|dmg] [version]
#
# Needs `mvn package` first (target/concurrency-lab.jar and target/lib/). `mvn -Pinstaller package` runs
# it for the app image; `mvn -Pinstaller package -Dinstaller.type=deb` (or `installer/jpackage.sh deb`
# after an app image exists) builds the Linux package. Works in bash on Linux, macOS and Windows (Git Bash).
#
# The runtime is a jlink image with JavaFX linked in as modules (Maven's platform JavaFX jars are modular
# jars with the native libraries inside), so the installed app needs no JDK and no JavaFX on the machine;
# the application's own jars stay on the class path, as with `java -jar`.
set -euo pipefail

type="${1:-app-image}"
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
out=target/installer
name=ConcurrencyLab

fail() { echo "jpackage.sh: $*" >&2; exit 1; }

case "$type" in
  app-image|deb|msi|dmg) ;;
  *) fail "unknown type '$type': allowed are app-image, deb, msi, dmg" ;;
esac

jar=target/concurrency-lab.jar
[[ -f "$jar" && -d target/lib ]] || fail "$jar or target/lib/ is missing: run 'mvn package' first"

source installer/find-jdk.sh
jdk="$(find_jdk)" || fail "no JDK 21+ with jlink and jpackage found; set JPACKAGE_JDK to one (e.g. /usr/lib/jvm/temurin-25-jdk-amd64)"
feature="$(jdk_feature "$jdk")"

# jpackage wants a numeric version (1-3 dot-separated numbers); drop a qualifier such as -SNAPSHOT.
version="${2:-}"
if [[ -z "$version" ]]; then
  manifest="$(mktemp -d)"
  (cd "$manifest" && "$jdk/bin/jar" xf "$root/$jar" META-INF/MANIFEST.MF)
  version="$(sed -n 's/^Implementation-Version: *//p' "$manifest/META-INF/MANIFEST.MF" | tr -d '\r')"
  rm -rf "$manifest"
fi
version="${version%%-*}"
[[ "$version" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]] || fail "version '$version' is not numeric (e.g. 1.0.0)"
echo "jpackage.sh: $type $version with the JDK at $jdk (Java $feature)"

case "$(uname -s)" in
  Linux*) os=linux ;;
  Darwin*) os=macos ;;
  MINGW*|MSYS*|CYGWIN*) os=windows ;;
  *) fail "unsupported system $(uname -s)" ;;
esac

if [[ "$type" != app-image ]]; then
  # An installer wraps the app image, so both hold the same bits; rebuild the image if the jars are newer.
  image="$out/$name"; [[ "$os" == macos ]] && image="$out/$name.app"
  if [[ ! -d "$image" || -n "$(find "$jar" target/lib -newer "$image" -print -quit)" ]]; then
    "$0" app-image "$version"
  fi
  rm -f "$out"/*."$type"
  "$jdk/bin/jpackage" --type "$type" --app-image "$image" --dest "$out" \
    --name "$name" --app-version "$version" @installer/common.args @"installer/$os/$type.args"
  ls -l "$out"/*."$type"
  exit 0
fi

# Stage the inputs: the app's jars go on the class path; the platform JavaFX jars (those with a
# classifier such as -linux, -win, -mac) are linked into the runtime as modules.
stage="$out/stage"
rm -rf "$stage" "$out/$name" "$out/$name.app"
mkdir -p "$stage/app/lib" "$stage/javafx"
cp "$jar" "$stage/app/"
for lib in target/lib/*.jar; do
  base="$(basename "$lib")"
  case "$base" in
    javafx-*-[0-9]*-*.jar) cp "$lib" "$stage/javafx/" ;;
    javafx-*) ;; # the classifier-less javafx jars are empty placeholders
    *) cp "$lib" "$stage/app/lib/" ;;
  esac
done
ls "$stage"/javafx/*.jar >/dev/null 2>&1 || fail "no platform JavaFX jars in target/lib"

# JDK modules the app's classes use, plus those reached only by reflection or service loading.
jdk_modules="$("$jdk/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release "$feature" \
  --module-path "$stage/javafx" "$stage/app/concurrency-lab.jar" "$stage"/app/lib/*.jar | tail -n 1)"
[[ "$jdk_modules" =~ ^[a-z0-9.,]+$ ]] || fail "jdeps did not print a module list: $jdk_modules"
modules="$jdk_modules,javafx.controls,javafx.swing,jdk.unsupported,jdk.zipfs,jdk.management"
modules="$(tr ',' '\n' <<<"$modules" | grep -v '^javafx\.\(base\|graphics\)$' | sort -u | paste -sd, -)"
echo "jpackage.sh: runtime modules $modules"

# bin/java stays in the runtime (no --strip-native-commands): the process model starts worker JVMs with it.
"$jdk/bin/jlink" --module-path "$stage/javafx" --add-modules "$modules" --output "$stage/runtime" \
  --strip-debug --no-header-files --no-man-pages --compress=zip-6
# JavaFX first looks for its native libraries in the runtime's own library folder and only then unpacks
# them from its jar into the user's home (~/.cache/openjfx) at every new version: put them where it looks.
native_dir="$stage/runtime/lib"; [[ "$os" == windows ]] && native_dir="$stage/runtime/bin"
for fx in "$stage"/javafx/*.jar; do
  natives=($("$jdk/bin/jar" tf "$fx" | grep -E '^[^/]+\.(so|dll|dylib)$' || true))
  (( ${#natives[@]} == 0 )) || (cd "$native_dir" && "$jdk/bin/jar" xf "$root/$fx" "${natives[@]}")
done

java_options=(
  # JavaFX loads its native libraries itself; say so, rather than have Java 22+ warn at start.
  --enable-native-access=javafx.graphics
  # ControlsFX (on the class path) reaches into JavaFX internals; these are the openings its build lists.
  --add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED
  --add-exports=javafx.base/com.sun.javafx.collections=ALL-UNNAMED
  --add-exports=javafx.graphics/com.sun.javafx.scene=ALL-UNNAMED
  --add-exports=javafx.graphics/com.sun.javafx.scene.traversal=ALL-UNNAMED
  --add-exports=javafx.graphics/com.sun.javafx.css=ALL-UNNAMED
  --add-exports=javafx.controls/com.sun.javafx.scene.control=ALL-UNNAMED
  --add-exports=javafx.controls/com.sun.javafx.scene.control.behavior=ALL-UNNAMED
  --add-opens=javafx.graphics/javafx.scene=ALL-UNNAMED
  --add-opens=javafx.controls/javafx.scene.control.skin=ALL-UNNAMED
)
# JavaFX 21's Marlin renderer uses sun.misc.Unsafe memory access, which Java 24+ warns about at start.
if (( feature >= 23 )); then java_options+=(--sun-misc-unsafe-memory-access=allow); fi
java_option_args=()
for option in "${java_options[@]}"; do java_option_args+=(--java-options "$option"); done

"$jdk/bin/jpackage" --type app-image --dest "$out" --name "$name" --app-version "$version" \
  --input "$stage/app" --main-jar concurrency-lab.jar --main-class dev.concurrencylab.Main \
  --runtime-image "$stage/runtime" "${java_option_args[@]}" @installer/common.args @"installer/$os/app-image.args"
rm -rf "$stage"
du -sh "$out"/"$name"*

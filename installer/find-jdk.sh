# Sourced by jpackage.sh: finds a JDK 21+ that has jlink and jpackage (Maven's toolchain is not visible
# to a script, so look where JDKs usually live). Order: $JPACKAGE_JDK, $JAVA_HOME, the `java` on PATH,
# then the newest under /usr/lib/jvm, /Library/Java/JavaVirtualMachines or C:/Program Files/*/.

# Prints the feature release (21, 25, ...) of the JDK at $1.
jdk_feature() {
  local release="$1/release" version
  [[ -f "$release" ]] || return 1
  version="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release")"
  [[ -n "$version" ]] && echo "$version"
}

usable_jdk() {
  local home="$1" feature
  [[ -n "$home" ]] && [[ -x "$home/bin/jpackage" || -x "$home/bin/jpackage.exe" ]] || return 1
  feature="$(jdk_feature "$home")" || return 1
  (( feature >= 21 ))
}

find_jdk() {
  local candidates=() home best="" best_feature=0 feature java
  [[ -n "${JPACKAGE_JDK:-}" ]] && { usable_jdk "$JPACKAGE_JDK" && echo "$JPACKAGE_JDK"; return; }
  [[ -n "${JAVA_HOME:-}" ]] && candidates+=("$JAVA_HOME")
  if java="$(command -v java 2>/dev/null)"; then
    candidates+=("$(cd "$(dirname "$(readlink -f "$java" 2>/dev/null || echo "$java")")/.." && pwd)")
  fi
  for home in "${candidates[@]}"; do
    usable_jdk "$home" && { echo "$home"; return; }
  done
  for home in /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home "/c/Program Files"/*/jdk-*; do
    usable_jdk "$home" || continue
    feature="$(jdk_feature "$home")"
    (( feature > best_feature )) && { best="$home"; best_feature="$feature"; }
  done
  [[ -n "$best" ]] && echo "$best"
}

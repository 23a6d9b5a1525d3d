# Shared by scripts/run, scripts/test and scripts/bench: installs what a fresh Debian machine lacks.
# Sourced, not run.

# Installs the Debian packages given, if any is missing (apt-get update first, once).
ensure_debian_packages() {
    local missing=()
    local package
    for package in "$@"; do
        dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing Debian packages: ${missing[*]}" >&2
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

# Installs the Python modules given as module=package pairs, if any is missing.
ensure_python_modules() {
    local missing=()
    local pair
    for pair in "$@"; do
        python3 -c "import ${pair%%=*}" >/dev/null 2>&1 || missing+=("${pair#*=}")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing Python packages: ${missing[*]}" >&2
    if python3 -m pip --version >/dev/null 2>&1 &&
        python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore "${missing[@]}"; then
        return 0
    fi
    # A Debian python3 without pip, or one marked externally managed: Debian packages the same modules.
    local package debian=()
    for package in "${missing[@]}"; do debian+=("python3-${package%%[=<>]*}"); done
    ensure_debian_packages "${debian[@]}"
}

# Builds in release mode (every program, or the one given with --product NAME), linked the way omwizard
# ships, which scripts/bench measures:
# - Swift's standard library linked in: fewer shared libraries to find and load at start;
# - by lld with packed relative relocations (RELR, when glibc is 2.36 or later): the loader reads 8 KiB of
#   relocations instead of 950 KiB of them (gold, the default linker, cannot pack them);
# - exporting no symbols: nothing loads plugins into omwizard, and a large exported table is read at start;
# - C++'s runtime (libstdc++, libgcc) linked in too, when its archive is installed: loading libstdc++.so
#   and applying its 5,000 relocations took a seventh of the wizard's start;
# - without $ORIGIN in the library path: every shared library was first looked for in a dozen folders
#   beside the program, where none is.
# Together these take a guided walk from 12.5 MiB to 10.2 MiB at its peak, and about 1 ms off the start
# (scripts/bench).
build_release() {
    local package packed=() cxx=() ordered=()
    package="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
    # An older glibc cannot load packed relocations: the binary would not start.
    if printf '%s\n' 2.36 "$(getconf GNU_LIBC_VERSION | cut -d' ' -f2)" | sort -CV; then
        packed=(-Xlinker -z -Xlinker pack-relative-relocs)
    fi
    # Swift's static library list asks for -lstdc++, which the linker would take from the shared library
    # beside the archive; a folder holding only the archive, searched first, makes it take the archive.
    local archive
    # Asked of the toolchain's own clang, which links the program; it answers a bare name when it has none.
    archive="$("$(dirname "$(command -v swiftc)")/clang" -print-file-name=libstdc++.a 2>/dev/null || true)"
    if [[ "$archive" == /* && -f "$archive" ]]; then
        mkdir -p "$package/.build/static-libstdc++"
        ln -sf "$archive" "$package/.build/static-libstdc++/libstdc++.a"
        cxx=(-Xlinker -L"$package/.build/static-libstdc++" -Xswiftc -Xclang-linker -Xswiftc -static-libgcc)
    fi
    # The functions the Guided walk runs, placed first and side by side (scripts/order-code writes the list): the
    # kernel maps code 64 KiB around each page that runs, so scattered, they kept 2 MiB more of it resident.
    if [[ -f "$package/scripts/lib/hot-code.order" ]]; then
        ordered=(-Xlinker --symbol-ordering-file="$package/scripts/lib/hot-code.order" -Xlinker --no-warn-symbol-ordering)
    fi
    # The same few variables every time: SwiftPM plans the build again (10 to 18 s) whenever the
    # environment differs from the last build's, as it does in every new terminal or tmux pane.
    env -i PATH="$PATH" HOME="$HOME" ${TMPDIR:+TMPDIR="$TMPDIR"} \
        swift build --package-path "$package" -c release --static-swift-stdlib --disable-local-rpath \
        -Xswiftc -use-ld=lld "${packed[@]}" "${cxx[@]}" "${ordered[@]}" -Xlinker --no-export-dynamic "$@"
}

# Package.swift's tools version (6.1) and its package traits need Swift 6.1: an older toolchain would only
# say that it cannot read the manifest.
require_swift() {
    if ! command -v swift >/dev/null 2>&1; then
        echo "omwizard needs the Swift toolchain (6.1 or later) on PATH: https://www.swift.org/install/linux/" >&2
        exit 1
    fi
    local version
    version="$(swift --version 2>/dev/null | sed -n 's/.*Swift version \([0-9][0-9.]*\).*/\1/p' | head -1)"
    if [[ -n "$version" ]] && ! printf '%s\n' 6.1 "$version" | sort -CV; then
        echo "omwizard needs Swift 6.1 or later; this toolchain is Swift $version: https://www.swift.org/install/linux/" >&2
        exit 1
    fi
}

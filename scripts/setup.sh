# Sourced by scripts/launch, scripts/test and scripts/bench: installs what Letterbox needs on
# Debian/Ubuntu (only what is missing), then a virtual environment in .venv with the package.
# Usage: source scripts/setup.sh [runtime|test]

set -euo pipefail
LB_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LB_PURPOSE="${1:-runtime}"
LB_VENV="${LETTERBOX_VENV:-$LB_ROOT/.venv}"

say() { printf '\033[1mletterbox setup:\033[0m %s\n' "$*" >&2; }

# package  probe (a command name, or a shared library file name, or a path glob)
RUNTIME_PACKAGES="
libportaudio2 lib:libportaudio.so.2
libxcb-cursor0 lib:libxcb-cursor.so.0
libegl1 lib:libEGL.so.1
libgl1 lib:libGL.so.1
libopengl0 lib:libOpenGL.so.0
libxkbcommon0 lib:libxkbcommon.so.0
libxkbcommon-x11-0 lib:libxkbcommon-x11.so.0
libfontconfig1 lib:libfontconfig.so.1
libdbus-1-3 lib:libdbus-1.so.3
libglib2.0-0 lib:libglib-2.0.so.0
libxcb-icccm4 lib:libxcb-icccm.so.4
libxcb-image0 lib:libxcb-image.so.0
libxcb-keysyms1 lib:libxcb-keysyms.so.1
libxcb-randr0 lib:libxcb-randr.so.0
libxcb-render-util0 lib:libxcb-render-util.so.0
libxcb-shape0 lib:libxcb-shape.so.0
libxcb-xinerama0 lib:libxcb-xinerama.so.0
libxcb-xkb1 lib:libxcb-xkb.so.1
libpulse0 lib:libpulse.so.0
speech-dispatcher cmd:speech-dispatcher
speech-dispatcher-espeak-ng path:/usr/lib/speech-dispatcher-modules/sd_espeak-ng
"
TEST_PACKAGES="
pulseaudio cmd:pulseaudio
pulseaudio-utils cmd:pactl
libasound2-plugins path:/usr/lib/*/alsa-lib/libasound_module_pcm_pulse.so
poppler-utils cmd:pdftotext
espeak-ng cmd:espeak-ng
sox cmd:sox
postgresql path:/usr/lib/postgresql/*/bin/initdb
"

probe() {
  case "$1" in
    cmd:*) command -v "${1#cmd:}" >/dev/null 2>&1 ;;
    lib:*) [[ "$LB_LIBS" == *"${1#lib:}"* ]] ;;
    path:*) compgen -G "${1#path:}" >/dev/null ;;
  esac
}

missing_packages() {
  local list="$RUNTIME_PACKAGES"
  [ "$LB_PURPOSE" = test ] && list="$list$TEST_PACKAGES"
  local pkg check
  while read -r pkg check; do
    [ -n "$pkg" ] || continue
    probe "$check" || printf '%s ' "$pkg"
  done <<< "$list"
}

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else say "please run as root, or install sudo, to install: $*"; return 1
  fi
}

apt_install() {
  if ! command -v apt-get >/dev/null 2>&1; then
    say "not a Debian/Ubuntu system: please install the equivalents of: $*"
    return 0
  fi
  say "installing Debian packages: $*"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

pick_python() {
  local candidate
  for candidate in "${PYTHON:-}" python3 python3.13 python3.12 python3.11; do
    [ -n "$candidate" ] || continue
    if command -v "$candidate" >/dev/null 2>&1 &&
       "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      echo "$candidate"; return 0
    fi
  done
  say "Letterbox needs Python 3.11 or newer (set PYTHON=/path/to/python3.11)."
  return 1
}

LB_LDCONFIG="$(command -v ldconfig || echo /sbin/ldconfig)"
LB_LIBS="$("$LB_LDCONFIG" -p 2>/dev/null || true)"
LB_MISSING="$(missing_packages)"
[ -z "$LB_MISSING" ] || apt_install $LB_MISSING

LB_PY="$(pick_python)"
if [ ! -x "$LB_VENV/bin/python" ]; then
  say "creating the virtual environment in $LB_VENV"
  if ! "$LB_PY" -m venv "$LB_VENV" 2>/dev/null; then
    rm -rf "$LB_VENV"
    py_version="$("$LB_PY" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')"
    apt_install "python${py_version}-venv" || apt_install python3-venv
    "$LB_PY" -m venv "$LB_VENV"
  fi
fi

# Reinstall only when pyproject.toml changed since the last install.
LB_EXTRAS="$([ "$LB_PURPOSE" = test ] && echo '[test]' || echo '')"
LB_STAMP="$LB_VENV/.letterbox-installed"
LB_HASH="$(sha256sum "$LB_ROOT/pyproject.toml" | cut -d' ' -f1)"
LB_HAVE="$(cat "$LB_STAMP" 2>/dev/null || true)"
# A test install includes everything the app needs.
if [ "$LB_HAVE" != "$LB_HASH$LB_EXTRAS" ] && [ "$LB_HAVE" != "$LB_HASH[test]" ]; then
  say "installing Letterbox and its Python packages (first run takes a few minutes)"
  "$LB_VENV/bin/python" -m pip install -q --upgrade pip
  "$LB_VENV/bin/python" -m pip install -q -e "$LB_ROOT$LB_EXTRAS"
  echo "$LB_HASH$LB_EXTRAS" > "$LB_STAMP"
fi
export PATH="$LB_VENV/bin:$PATH"

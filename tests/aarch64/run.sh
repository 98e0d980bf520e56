#!/usr/bin/env bash
# `make test-arm`: every code block of every page on linux/aarch64, under qemu-user, with the same
# pinned versions (aarch64 wheels from PyPI) and an arm64 CPython 3.11 from Debian's packages.
# Everything lands in build/aarch64/; a second run reuses it. Needs Debian (apt-get, dpkg) and root
# or sudo for qemu-user-static and the arm64 package lists.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=build/aarch64/root    # Debian's arm64 python3.11 and the libraries it links, unpacked
SITE=build/aarch64/site-packages
sudo=$([ "$(id -u)" -eq 0 ] || echo sudo)

if ! command -v qemu-aarch64-static >/dev/null || ! dpkg --print-foreign-architectures | grep -qx arm64; then
  $sudo dpkg --add-architecture arm64
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends qemu-user-static >/dev/null
fi
if [ ! -x "$ROOT/usr/bin/python3.11" ]; then
  mkdir -p build/aarch64/debs "$ROOT"
  (cd build/aarch64/debs && apt-get download -qq \
    python3.11-minimal:arm64 libpython3.11-minimal:arm64 libpython3.11-stdlib:arm64 \
    libc6:arm64 libexpat1:arm64 zlib1g:arm64 libffi8:arm64 libssl3:arm64 libbz2-1.0:arm64 \
    liblzma5:arm64 libsqlite3-0:arm64 libncursesw6:arm64 libtinfo6:arm64 libreadline8:arm64 \
    libuuid1:arm64 libgcc-s1:arm64 libstdc++6:arm64 libcrypt1:arm64 libnsl2:arm64 libtirpc3:arm64 \
    libgssapi-krb5-2:arm64 libkrb5-3:arm64 libk5crypto3:arm64 libcom-err2:arm64 libkrb5support0:arm64 \
    libkeyutils1:arm64 libdb5.3:arm64)
  for deb in build/aarch64/debs/*.deb; do dpkg -x "$deb" "$ROOT"; done
fi
if [ ! -f "$SITE/.installed" ] || [ requirements.txt -nt "$SITE/.installed" ]; then
  rm -rf "$SITE"
  # The interpreter is Debian 12's 3.11.2; the wheels are the ones a 3.11.7 aarch64 machine gets
  # (pymdown-extensions asks for >= 3.11.5 but runs on 3.11.2).
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --target "$SITE" \
    --platform manylinux_2_28_aarch64 --platform manylinux_2_17_aarch64 --platform manylinux2014_aarch64 \
    --only-binary=:all: --python-version 3.11.7 --implementation cp -r requirements.txt
  touch "$SITE/.installed"
fi
export QEMU_LD_PREFIX="$PWD/$ROOT" PYTHONPATH="$PWD/$SITE:$PWD" MPLBACKEND=Agg
qemu-aarch64-static "$ROOT/usr/bin/python3.11" -c 'import platform; print("running on", platform.machine())'
# Every page but the versions page, which checks that Python is 3.11.5 or later and rightly says
# no to Debian 12's 3.11.2. qemu runs about ten times slower, hence the long per-block timeout.
exec qemu-aarch64-static "$ROOT/usr/bin/python3.11" -m pytest -q -m markdown-docs --timeout=900 \
  --deselect docs/versions.md docs "$@"

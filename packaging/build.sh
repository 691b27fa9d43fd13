#!/usr/bin/env sh
# Build dist/ikrar/ (see packaging/build.py); run from anywhere with the build venv's Python.
set -eu
cd "$(dirname "$0")/.."
exec "${PYTHON:-python3}" packaging/build.py "$@"

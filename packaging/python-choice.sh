# Sourced by packaging/bootstrap and packaging/build: choose the Python to make .venv with.
#
# choose_python prints the path of the first interpreter on the PATH that actually runs
# and is 3.11 or newer (a pyenv shim for a version that is not installed fails the
# check, as does an old python3), trying the newest names first; it prints nothing if
# none does. venv_python_runs says whether an existing .venv's interpreter still runs
# (the Python it was made with may have been removed since).

choose_python() {
  local candidate path
  for candidate in python3.13 python3.12 python3.11 python3; do
    path=$(command -v "$candidate" 2>/dev/null) || continue
    if "$path" -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1; then
      printf '%s\n' "$path"
      return 0
    fi
  done
  return 1
}

venv_python_runs() {
  [ -x .venv/bin/python ] && .venv/bin/python -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1
}

#!/usr/bin/env bash
# Put Tether in your desktop's application menu (optional; for you only, no root needed).
#
#   packaging/linux/install.sh [--exec PATH] [--data-home DIR]   install the menu entry
#   packaging/linux/install.sh --uninstall [--data-home DIR]     remove exactly those files
#
# Installs the .desktop file, the icon (SVG and PNG sizes) and the AppStream metainfo into
# DIR (default: $XDG_DATA_HOME, else ~/.local/share), each named after Tether's application
# id, io.github.tether_reader.tether, by which the desktop matches a window to them. The
# menu entry starts PATH: by default the `tether` found on your PATH (pipx install . puts
# it in ~/.local/bin); for the frozen app give --exec "$PWD/dist/tether/tether". It offers
# "Open with Tether" for Markdown files but does not make Tether the default application
# for them. Files an earlier version installed under the name "tether" are removed.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
icons=$(cd "$here/../icons" && pwd)
app_id=io.github.tether_reader.tether
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
exec_path= uninstall=
say() { printf 'install.sh: %s\n' "$*" >&2; }
usage() { sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }

while [ $# -gt 0 ]; do
  case $1 in
    --exec) [ $# -ge 2 ] || usage; exec_path=$2; shift 2 ;;
    --data-home) [ $# -ge 2 ] || usage; data_home=$2; shift 2 ;;
    --uninstall) uninstall=1; shift ;;
    *) usage ;;
  esac
done

sizes=(16 24 32 48 64 128 256 512)
files=(
  "applications/$app_id.desktop"
  "metainfo/$app_id.metainfo.xml"
  "icons/hicolor/scalable/apps/$app_id.svg"
)
for size in "${sizes[@]}"; do files+=("icons/hicolor/${size}x${size}/apps/$app_id.png"); done
# Earlier versions installed the menu entry and icon as plain "tether": two entries would
# show. Those are removed too, but only when that menu entry is Tether's.
old_files=("applications/tether.desktop" "icons/hicolor/scalable/apps/tether.svg")
for size in "${sizes[@]}"; do old_files+=("icons/hicolor/${size}x${size}/apps/tether.png"); done
remove_old_names() {
  local old_entry="$data_home/applications/tether.desktop"
  if [ -f "$old_entry" ] && grep -q '^Comment=Read reflective psychology articles' "$old_entry"; then
    for file in "${old_files[@]}"; do rm -f "$data_home/$file"; done
  fi
}

refresh() {
  # Menus and icon themes notice new files on their own; these only make it immediate.
  if command -v update-desktop-database >/dev/null; then
    update-desktop-database -q "$data_home/applications" || true
  fi
  if command -v gtk-update-icon-cache >/dev/null && [ -f "$data_home/icons/hicolor/index.theme" ]; then
    gtk-update-icon-cache -q -t -f "$data_home/icons/hicolor" || true
  fi
}

if [ -n "$uninstall" ]; then
  for file in "${files[@]}"; do rm -f "$data_home/$file"; done
  remove_old_names
  refresh
  say "removed Tether's menu entry, icons and metainfo from $data_home"
  exit 0
fi

if [ -z "$exec_path" ]; then
  exec_path=$(command -v tether || true)
  [ -n "$exec_path" ] || { say "no tether command on your PATH: install Tether first (pipx install .), or give --exec PATH"; exit 1; }
fi
case $exec_path in /*) ;; *) exec_path=$(cd "$(dirname "$exec_path")" && pwd)/$(basename "$exec_path") ;; esac
[ -x "$exec_path" ] || { say "$exec_path is not a program"; exit 1; }
case $exec_path in
  *[\"\`\$\\]* | *$'\n'*) say "the path $exec_path has characters a menu entry cannot hold; move it"; exit 1 ;;
esac

install -d "$data_home/applications" "$data_home/metainfo" "$data_home/icons/hicolor/scalable/apps"
# The menu entry runs this exact program (quoted: the path may have spaces).
sed -e "s|^Exec=.*|Exec=\"$exec_path\" %F|" -e "s|^TryExec=.*|TryExec=$exec_path|" \
  "$here/$app_id.desktop" >"$data_home/applications/$app_id.desktop"
install -m 644 "$here/$app_id.metainfo.xml" "$data_home/metainfo/"
install -m 644 "$icons/tether.svg" "$data_home/icons/hicolor/scalable/apps/$app_id.svg"
for size in "${sizes[@]}"; do
  install -D -m 644 "$icons/tether-$size.png" "$data_home/icons/hicolor/${size}x${size}/apps/$app_id.png"
done
remove_old_names
refresh
say "installed Tether's menu entry (runs $exec_path), icons and metainfo into $data_home"

"""The running process and nothing else: the command line, the QApplication, the one
function that builds and wires the main window, one Tether per data folder, the keeper
of the data file, and the checks before Qt starts."""

from tether.shell.qt_import_hook import lighten_pyside_import_hook

# First, before the shell's modules import Tether's and the standard library's after Qt.
lighten_pyside_import_hook()

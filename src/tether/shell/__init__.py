"""The running process and nothing else: the command line, the QApplication, the one
function that builds and wires the main window, one Tether per data folder, the keeper
of the data file, and the checks before Qt starts."""

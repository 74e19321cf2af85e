"""What a screen reader does, run by the *system* Python with pyatspi (not the venv's).

    python3 atspi_driver.py walk                   print the application's tree as JSON
    python3 atspi_driver.py act ROLE NAME ACTION   do ACTION on the showing element of
                                                   that role whose name starts with NAME
    python3 atspi_driver.py type ROLE NAME TEXT    put TEXT in that element (editable text)
    python3 atspi_driver.py hear ROLE NAME TEXT    the same, then print what the application
                                                   announces (waits for the first)

Used by tests/e2e/test_e2e_accessibility_bus.py over a private D-Bus session and AT-SPI
bus. Waits (polling, with a deadline) for Tether to appear on the bus; exits 3 when it
does not.
"""

import json
import sys
import time

import pyatspi

APP_NAME = "tether"
DEADLINE_S = 30.0
MAX_CHILDREN = 500


def find_app():
    """Tether's application object on the bus, once it has a window."""
    deadline = time.monotonic() + DEADLINE_S
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and (app.name or "").lower() == APP_NAME and app.childCount:
                return app
        time.sleep(0.1)
    sys.exit(3)


def describe(node, path):
    states = node.getState()
    names = [pyatspi.stateToString(state) for state in states.getStates()]
    try:
        action = node.queryAction()
        actions = [action.getName(i) for i in range(action.nActions)]
    except NotImplementedError:
        actions = []
    return {
        "role": node.getRoleName(),
        "name": node.name or "",
        "states": names,
        "actions": actions,
        "path": path,
    }


def walk(node, path, out):
    out.append(describe(node, path))
    for i in range(min(node.childCount, MAX_CHILDREN)):
        child = node.getChildAtIndex(i)
        if child is not None:
            walk(child, [*path, i], out)


def find(node, role, name):
    named = node.getRoleName() == role and (node.name or "").startswith(name)
    if named and node.getState().contains(pyatspi.STATE_SHOWING):
        return node
    for i in range(min(node.childCount, MAX_CHILDREN)):
        child = node.getChildAtIndex(i)
        found = find(child, role, name) if child is not None else None
        if found is not None:
            return found
    return None


def hear(node, text):
    """Type ``text`` into ``node``; the announcements heard until the first (or the deadline)."""
    from gi.repository import GLib

    heard = []

    def on_announcement(event):
        heard.append(str(event.any_data))
        pyatspi.Registry.stop()

    def type_text():
        node.queryEditableText().setTextContents(text)
        return False

    pyatspi.Registry.registerEventListener(on_announcement, "object:announcement")
    GLib.idle_add(type_text)
    GLib.timeout_add(int(DEADLINE_S * 1000), pyatspi.Registry.stop)
    pyatspi.Registry.start()
    return heard


def main():
    app = find_app()
    if sys.argv[1] == "walk":
        out = []
        walk(app, [], out)
        print(json.dumps(out))
        return 0
    _, command, role, name, argument = sys.argv
    node = find(app, role, name)
    if node is None:
        print(json.dumps({"error": f"no showing {role} named {name!r}"}))
        return 4
    if command == "type":
        node.queryEditableText().setTextContents(argument)
        print(json.dumps(describe(node, [])))
        return 0
    if command == "hear":
        print(json.dumps(hear(node, argument)))
        return 0
    action_name = argument
    action = node.queryAction()
    names = [action.getName(i) for i in range(action.nActions)]
    if action_name not in names:
        print(json.dumps({"error": f"{role} {node.name!r} has actions {names}"}))
        return 5
    action.doAction(names.index(action_name))
    print(json.dumps(describe(node, [])))
    return 0


if __name__ == "__main__":
    sys.exit(main())

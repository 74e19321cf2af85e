"""Windows, docks, views and actions: what the reader sees and uses."""

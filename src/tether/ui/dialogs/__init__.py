"""The small dialogs of the main window: Preferences and Keyboard Shortcuts."""

"""Feature: check-ins, View › History, and Reflect › Earlier Versions (issue 18).

``install.py`` installs it on the window host; the History window, its charts and the
Earlier Versions dialog are made when first opened.
"""

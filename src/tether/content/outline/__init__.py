"""A long file's outline a part at a time (issue 14): the first screen is painted from the
file's first part, and the rest of the outline follows in idle time.

:mod:`~tether.content.outline.parts` cuts the block parse where markdown-it's own tokens
show a safe place; :mod:`~tether.content.outline.ahead` looks at the part not parsed yet
for what the first part needs from it (how deep its headings may be, its link
definitions); :mod:`~tether.content.outline.outliner` turns the parts into sections, with
exactly the ids, titles and anchors a parse of the whole file gives.
"""

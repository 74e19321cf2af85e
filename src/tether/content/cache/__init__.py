"""What Tether keeps of articles so that a start can paint without the Markdown parser.

:mod:`tether.content.cache.render`: the render cache in the data folder (an unchanged
article's rendering and the library's outlines); :mod:`tether.content.cache.memo`: the
outline of the article last opened, for the library's scan at start-up. Neither imports
the parser nor Qt.
"""

"""The page: the article view, its ticks, rendering the rest, find, links and progress."""

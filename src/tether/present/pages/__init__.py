"""Paging an article to fit a screen: where pages break, and the deck of pages a talk
steps through."""

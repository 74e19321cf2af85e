"""The docks beside the page: Sections, Signs, Reflections, and the lists they use."""

"""How Tether looks, for every layer that draws: the themes' colours and the bundled
fonts. QtGui only, so that the window, the presentation and the exports share them."""

"""How the window looks: the theme, its palette and the icons."""

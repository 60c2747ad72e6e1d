from markupsafe import Markup


def scan_caption(caption, year):
    return Markup("<figcaption>{} <small>({})</small></figcaption>").format(caption, year)

from markupsafe import Markup


def scan_caption(caption, year):
    return Markup(f"<figcaption>{caption} <small>({year})</small></figcaption>")

def make_link(url: str, label: str) -> str:
    """Return an <a> element pointing at url."""
    return '<a href="%s">%s</a>' % (url, label)

from xml.sax.saxutils import escape, quoteattr


def link(label, href):
    if not href.startswith(("https://", "http://", "/")):
        href = "#"
    return "<a href=%s>%s</a>" % (quoteattr(href), escape(label))

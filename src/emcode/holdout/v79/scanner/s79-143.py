from html import escape


def turbine_link(href, label):
    if not (href.startswith("https://") or (href.startswith("/") and not href.startswith("//"))):
        href = "#"
    return '<a href="{}">{}</a>'.format(escape(href, quote=True), escape(label))

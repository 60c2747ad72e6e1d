def breadcrumbs(trail):
    items = []
    for label, href in trail:
        items.append('<li><a href="%s">%s</a></li>' % (href, label))
    return '<ol class="breadcrumb">' + "".join(items) + "</ol>"

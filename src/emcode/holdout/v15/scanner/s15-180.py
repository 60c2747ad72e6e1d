def link_list(links):
    """links: iterable of (label, url) submitted by users for the resources page."""
    items = ['<li><a href="' + url + '">' + label + "</a></li>" for label, url in links]
    return "<ul>" + "".join(items) + "</ul>"

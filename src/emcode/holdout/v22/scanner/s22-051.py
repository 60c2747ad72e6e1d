def make_link(url, label=None):
    label = label or url
    return '<a href="' + url + '">' + label + "</a>"

def make_link(url, label=None):
    label = label or url
    return '<a href="%s" rel="nofollow">%s</a>' % (url, label)

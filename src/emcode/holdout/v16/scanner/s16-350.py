def make_link(url, text):
    return '<a href="%s" rel="nofollow">%s</a>' % (url, text)

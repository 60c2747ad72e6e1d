def package_link(name, homepage):
    return '<a href="%s" rel="nofollow">%s</a>' % (homepage, name)

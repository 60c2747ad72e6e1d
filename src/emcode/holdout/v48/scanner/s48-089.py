def film_link(slug, title):
    return '<a href="/films/%s">%s</a>' % (slug, title)

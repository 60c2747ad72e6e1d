def artist_badge(name, portfolio_url):
    label = name.title()
    link = '<a class="artist" href="%s">%s</a>' % (portfolio_url, label)
    return '<span class="badge">' + link + "</span>"

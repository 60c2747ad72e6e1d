def episode_links(episodes):
    parts = []
    for ep in episodes:
        parts.append('<li><a href="%s">%s</a></li>' % (ep["url"], ep["title"]))
    return "<ul class='episodes'>\n" + "\n".join(parts) + "\n</ul>"

def render_playlist(title, tracks):
    parts = ["<section class=\"playlist\">", "<h2>%s</h2>" % title, "<ol>"]
    for t in tracks:
        parts.append("<li>{} &ndash; {}</li>".format(t["artist"], t["title"]))
    parts.append("</ol></section>")
    return "\n".join(parts)

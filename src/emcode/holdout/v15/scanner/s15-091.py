def comments_to_html(comments):
    parts = ["<ul class='comments'>"]
    for c in comments:
        parts.append("<li><b>%s</b> said: %s</li>" % (c["author"], c["text"]))
    parts.append("</ul>")
    return "\n".join(parts)

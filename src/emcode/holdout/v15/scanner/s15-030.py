from markupsafe import escape


def comments_to_html(comments):
    parts = ["<ul class='comments'>"]
    for c in comments:
        author, text = escape(c["author"]), escape(c["text"])
        parts.append("<li><b>%s</b> said: %s</li>" % (author, text))
    parts.append("</ul>")
    return "\n".join(parts)

from markupsafe import escape


def comments_html(comments):
    out = "<ul>"
    for author, text in comments:
        out += "<li><b>%s</b>: %s</li>" % (escape(author), escape(text))
    out += "</ul>"
    return out

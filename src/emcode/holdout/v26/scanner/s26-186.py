def comments_html(comments):
    out = "<ul>"
    for author, text in comments:
        out += "<li><b>%s</b>: %s</li>" % (author, text)
    out += "</ul>"
    return out

from html import escape


def comments_html(comments):
    out = ["<ul class='comments'>"]
    for c in comments:
        author = escape(c["author"])
        body = escape(c["body"])
        out.append("<li><strong>%s</strong>: %s</li>" % (author, body))
    out.append("</ul>")
    return "\n".join(out)

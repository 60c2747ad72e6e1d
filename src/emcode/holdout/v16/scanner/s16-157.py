def comments_html(comments):
    out = ["<ul class='comments'>"]
    for c in comments:
        out.append("<li><strong>%s</strong>: %s</li>" % (c["author"], c["body"]))
    out.append("</ul>")
    return "\n".join(out)

def comments_to_html(comments):
    items = ["<li><b>%s</b>: %s</li>" % (c["author"], c["body"]) for c in comments]
    return "<ul class='comments'>\n" + "\n".join(items) + "\n</ul>"

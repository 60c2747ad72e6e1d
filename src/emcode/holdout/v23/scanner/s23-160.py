import bleach
from html import escape as esc


def comments_to_html(comments):
    items = []
    for c in comments:
        body = bleach.clean(c["body"], tags=[], strip=True)
        items.append("<li><b>%s</b>: %s</li>" % (esc(c["author"]), body))
    return "<ul class='comments'>" + "".join(items) + "</ul>"

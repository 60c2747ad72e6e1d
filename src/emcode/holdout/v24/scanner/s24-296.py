from markupsafe import Markup

def comments_to_html(comments):
    row = Markup("<li><b>{}</b>: {}</li>")
    items = [row.format(c["author"], c["text"]) for c in comments]
    return Markup("<ul class='comments'>") + Markup("").join(items) + Markup("</ul>")

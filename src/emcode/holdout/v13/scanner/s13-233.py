from markupsafe import escape

def render_tags(tags):
    items = "".join("<li>%s</li>" % escape(t) for t in tags)
    return "<ul class='tags'>" + items + "</ul>"

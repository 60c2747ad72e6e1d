def render_tags(tags):
    items = ""
    for t in tags:
        items += "<li>" + t + "</li>"
    return "<ul class='tags'>" + items + "</ul>"

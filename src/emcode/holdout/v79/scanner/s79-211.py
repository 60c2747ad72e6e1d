def render_pedigree(names):
    items = []
    for n in names:
        items.append("<li class='ancestor'>%s</li>" % n)
    return "<ul>" + "\n".join(items) + "</ul>"

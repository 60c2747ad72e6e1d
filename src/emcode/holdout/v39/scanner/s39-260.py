def render_label(template, item):
    return template.format(item=item)

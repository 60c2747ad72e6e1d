def render_notice(template, order):
    return template.format(order=order)

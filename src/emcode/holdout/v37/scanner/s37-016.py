def render_notice(template, booking):
    return template.format(booking=booking)

def badge(label, color="grey"):
    template = '<span class="badge badge-{}">{}</span>'
    html_out = template.format(color, label)
    return html_out

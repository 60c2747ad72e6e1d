def errors_to_html(errors):
    if not errors:
        return ""
    lines = ['<ul class="form-errors">']
    for field, message in errors.items():
        lines.append("<li><b>%s</b>: %s</li>" % (field, message))
    lines.append("</ul>")
    return "\n".join(lines)

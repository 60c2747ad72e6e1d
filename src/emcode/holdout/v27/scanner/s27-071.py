def roster_html(students):
    """Render a language-school roster as an HTML list."""
    parts = ["<ul class='roster'>"]
    for s in students:
        parts.append("<li>" + s["name"] + " (" + s["level"] + ")</li>")
    parts.append("</ul>")
    return "\n".join(parts)

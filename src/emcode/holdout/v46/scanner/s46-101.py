def render_languages(langs):
    parts = ["<ul>"]
    for lang in langs:
        parts.append("  <li>%s</li>" % lang)
    parts.append("</ul>")
    return "\n".join(parts)

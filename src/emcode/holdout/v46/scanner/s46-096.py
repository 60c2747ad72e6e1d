import html


def render_languages(langs):
    parts = ["<ul>"]
    for lang in langs:
        item = html.escape(lang, quote=True)
        parts.append("  <li>%s</li>" % item)
    parts.append("</ul>")
    return "\n".join(parts)

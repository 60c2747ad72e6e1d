from markupsafe import escape


def notifications_html(items):
    parts = ["<ul class='notes'>"]
    for item in items:
        title = escape(item["title"])
        parts.append(f"<li><a href='/n/{int(item['id'])}'>{title}</a></li>")
    parts.append("</ul>")
    return "".join(parts)

def notifications_html(items):
    parts = ["<ul class='notes'>"]
    for item in items:
        parts.append("<li><a href='" + item["url"] + "'>" + item["title"] + "</a></li>")
    parts.append("</ul>")
    return "".join(parts)

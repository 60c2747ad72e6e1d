from markupsafe import escape


def comments_html(comments):
    parts = ["<ul class='comments'>"]
    for c in comments:
        parts.append(f"<li><b>{escape(c['author'])}</b>: {escape(c['text'])}</li>")
    parts.append("</ul>")
    return "\n".join(parts)

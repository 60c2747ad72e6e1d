def comments_html(comments):
    parts = ["<ul class='comments'>"]
    for c in comments:
        parts.append("<li><b>" + c["author"] + "</b>: " + c["text"] + "</li>")
    parts.append("</ul>")
    return "\n".join(parts)

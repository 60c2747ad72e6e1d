import html


def transcript_html(title, paragraphs):
    parts = ["<article>", "<h1>" + html.escape(title) + "</h1>"]
    for p in paragraphs:
        parts.append("<p>{}</p>".format(html.escape(p)))
    parts.append("</article>")
    return "\n".join(parts)

def transcript_html(title, paragraphs):
    parts = ["<article>", "<h1>" + title + "</h1>"]
    for p in paragraphs:
        parts.append("<p>{}</p>".format(p))
    parts.append("</article>")
    return "\n".join(parts)

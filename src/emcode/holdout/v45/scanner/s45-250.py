import bleach

ALLOWED_TAGS = ["b", "i", "em", "strong", "p", "br", "ul", "li"]


def notice_html(author, text):
    body = bleach.clean(text, tags=ALLOWED_TAGS, attributes={}, strip=True)
    return f"<div class='notice'><h4>{bleach.clean(author, tags=[], strip=True)}</h4>{body}</div>"

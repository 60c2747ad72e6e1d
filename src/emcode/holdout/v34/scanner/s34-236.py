import bleach

ALLOWED = ["b", "i", "em", "strong", "p", "br"]


def memorial_note_html(author, text):
    body = bleach.clean(text, tags=ALLOWED, strip=True)
    byline = bleach.clean(author, tags=[], strip=True)
    return f"<article class='note'><p class='by'>{byline}</p>{body}</article>"

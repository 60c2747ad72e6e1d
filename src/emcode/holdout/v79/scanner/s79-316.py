import bleach


def stock_note_html(note):
    cleaned = bleach.clean(note, tags=["b", "i"], strip=True)
    return f"<div class='note'>{cleaned}</div>"

import bleach
from markupsafe import escape


def comment_card(author: str, text: str) -> str:
    clean_text = bleach.clean(text, tags=[], strip=True)
    card = f"<div class=\"card\"><b>{escape(author)}</b>"
    card += f"<p>{clean_text}</p></div>"
    return card

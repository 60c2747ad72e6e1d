import html

import bleach

ALLOWED_TAGS = ["b", "i", "em", "strong", "a", "code"]


def comment_html(who: str, text: str) -> str:
    safe_who = html.escape(who)
    safe_text = bleach.clean(text, tags=ALLOWED_TAGS, attributes={"a": ["href"]},
                             protocols=["http", "https"], strip=True)
    return f"<p><b>{safe_who}</b> wrote:</p><blockquote>{safe_text}</blockquote>"

import html
import re


def highlight(text: str, term: str) -> str:
    safe_text = html.escape(text)
    safe_term = html.escape(term)[:100]
    if not safe_term:
        return safe_text
    return re.sub(re.escape(safe_term), lambda m: f"<mark>{m.group(0)}</mark>", safe_text, flags=re.I)

import re
from html import escape

def highlight(text: str, term: str) -> str:
    if not term:
        return escape(text)
    parts = re.split("(" + re.escape(term) + ")", text)
    return "".join(f"<mark>{escape(p)}</mark>" if i % 2 else escape(p) for i, p in enumerate(parts))

import html


def highlight(text: str, query: str) -> str:
    safe_text = html.escape(text)
    if not query:
        return safe_text
    safe_q = html.escape(query)
    return safe_text.replace(safe_q, "<mark>" + safe_q + "</mark>")

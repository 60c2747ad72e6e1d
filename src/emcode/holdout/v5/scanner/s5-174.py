from html import escape

def render_comment(author: str, body: str) -> str:
    a = escape(author)
    b = escape(body)
    return f"<li><b>{a}</b>: {b}</li>"

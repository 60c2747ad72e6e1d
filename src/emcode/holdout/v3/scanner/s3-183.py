import html


def render_comment(author: str, body: str, posted: str) -> str:
    """Return the HTML fragment for one comment, escaping all user text."""
    a, b, t = (html.escape(x, quote=True) for x in (author, body, posted))
    return f"<div class='comment'><span class='author'>{a}</span><time>{t}</time><p>{b}</p></div>"

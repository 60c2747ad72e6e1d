import bleach
from html import escape


def committee_digest(messages):
    blocks = []
    for holder, plot, text in messages:
        body = bleach.clean(text, tags={"b", "i", "p", "br"}, strip=True)
        blocks.append(f"<h3>{escape(holder)} (plot {escape(plot)})</h3><blockquote>{body}</blockquote>")
    return "<html><body>" + "<hr>".join(blocks) + "</body></html>"

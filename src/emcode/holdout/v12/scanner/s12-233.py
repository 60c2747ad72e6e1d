import html


def render_comment(author, body, posted_at):
    """Return the HTML for one comment in the thread view."""
    a = html.escape(author)
    b = html.escape(body)
    return ('<div class="comment"><span class="author">' + a + '</span>'
            '<time>' + posted_at.isoformat() + '</time><p>' + b + '</p></div>')

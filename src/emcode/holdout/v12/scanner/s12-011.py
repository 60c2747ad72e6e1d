def render_comment(author, body, posted_at):
    """Return the HTML for one comment in the thread view."""
    return ('<div class="comment"><span class="author">' + author + '</span>'
            '<time>' + posted_at.isoformat() + '</time><p>' + body + '</p></div>')

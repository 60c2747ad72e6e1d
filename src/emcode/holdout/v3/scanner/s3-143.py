def render_comment(author: str, body: str, posted: str) -> str:
    """Return the HTML fragment for one comment."""
    return (
        "<div class='comment'><span class='author'>" + author + "</span>"
        + "<time>" + posted + "</time><p>" + body + "</p></div>"
    )

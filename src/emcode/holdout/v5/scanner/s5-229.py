def render_comment(author: str, body: str) -> str:
    return f"<li><b>{author}</b>: {body}</li>"

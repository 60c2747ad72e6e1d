def comment_list(comments: list[dict]) -> str:
    """HTML list of comments, newest first."""
    items = []
    for c in sorted(comments, key=lambda c: c["ts"], reverse=True):
        items.append(f"<li><b>{c['author']}</b>: {c['text']}</li>")
    return "<ul class=\"comments\">" + "".join(items) + "</u
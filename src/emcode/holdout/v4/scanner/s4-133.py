import html


def render_todo_item(title: str, done: bool) -> str:
    """Return one <li> for the todo list page."""
    css = "done" if done else "open"
    safe_title = html.escape(title)
    return f'<li class="{css}">{safe_title}</li>'

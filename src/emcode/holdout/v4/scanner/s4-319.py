def render_todo_item(title: str, done: bool) -> str:
    """Return one <li> for the todo list page."""
    css = "done" if done else "open"
    return f'<li class="{css}">{title}</li>'

import html


def render_badge(display_name: str, role: str) -> str:
    css = "badge-admin" if role == "admin" else "badge-user"
    name = html.escape(display_name, quote=True)
    return f'<span class="{css}">{name}</span>'

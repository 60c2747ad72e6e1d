import html


def render_badge(display_name: str, level: int) -> str:
    name = html.escape(display_name)
    return f"<span class='badge lvl{int(level)}'>{name}</span>"

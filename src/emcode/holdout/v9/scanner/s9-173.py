def render_badge(display_name: str, level: int) -> str:
    return f"<span class='badge lvl{level}'>{display_name}</span>"

import html


def render_badge(display_name, score):
    """Return an HTML badge for the leaderboard widget."""
    css = "badge gold" if score > 1000 else "badge"
    safe = html.escape(display_name, quote=True)
    return '<span class="' + css + '">' + safe + " (" + str(int(score)) + ")</span>"

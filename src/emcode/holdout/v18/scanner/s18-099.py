def render_badge(display_name, score):
    """Return an HTML badge for the leaderboard widget."""
    css = "badge gold" if score > 1000 else "badge"
    return '<span class="' + css + '">' + display_name + " (" + str(score) + ")</span>"

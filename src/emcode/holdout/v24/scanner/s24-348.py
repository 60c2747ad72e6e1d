def render_profile_card(display_name: str, bio: str) -> str:
    """Return an HTML card for the member directory."""
    parts = ['<div class="card">']
    parts.append(f"<h3>{display_name}</h3>")
    parts.append(f"<p class='bio'>{bio}</p>")
    parts.append("</div>")
    return "\n".join(parts)

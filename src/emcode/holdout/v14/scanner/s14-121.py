def render_profile_card(name, bio, avatar_url):
    """Return an HTML snippet for a user card."""
    parts = ['<div class="card">']
    parts.append('<img src="%s" alt="avatar">' % avatar_url)
    parts.append("<h3>" + name + "</h3>")
    parts.append(f"<p>{bio}</p>")
    parts.append("</div>")
    return "\n".join(parts)

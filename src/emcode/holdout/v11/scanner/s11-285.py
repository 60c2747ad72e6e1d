def profile_card(display_name: str, bio: str) -> str:
    """Return the HTML card shown on a member's profile page."""
    return (
        '<div class="card">'
        f"<h3>{display_name}</h3>"
        f"<p>{bio}</p>"
        "</div>"
    )

def user_badge(name: str, role: str) -> str:
    """Small HTML badge for a user."""
    return f"<span class='badge'>{name} ({role})

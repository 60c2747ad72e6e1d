def render_notification(fmt: str, user) -> str:
    """Fill a user-customisable notification template."""
    return fmt.format(user=user)

def greeting(fmt, user):
    """Personalised greeting; fmt comes from the user's profile settings."""
    return fmt.format(u=user)

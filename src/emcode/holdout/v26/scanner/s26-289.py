def render_notice(template: str, user) -> str:
    """Fill in a notice template written by the tenant admin."""
    return template.format(u=user)

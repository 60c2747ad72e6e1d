from string import Template


def render_notice(template: str, user) -> str:
    """Fill in a notice template written by the tenant admin."""
    fields = {"name": str(user.name), "unit": str(user.unit)}
    return Template(template).safe_substitute(fields)

def render_message(template: str, user) -> str:
    return template.format(user=user)

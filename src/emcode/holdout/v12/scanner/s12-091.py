def render_message(template: str, user, **context) -> str:
    return template.format(user=user, **context)

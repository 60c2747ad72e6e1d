from string import Template


def render_notification(fmt: str, user) -> str:
    fields = {"name": str(user.name), "plan": str(user.plan)}
    return Template(fmt).safe_substitute(fields)

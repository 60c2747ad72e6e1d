from jinja2 import Template


def render_reminder(message_template: str, participant: dict) -> str:
    return Template(message_template).render(p=participant)

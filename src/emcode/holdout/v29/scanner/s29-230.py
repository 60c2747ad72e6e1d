from jinja2 import Template


def render_alert(message_template, device):
    return Template(message_template).render(device=device)

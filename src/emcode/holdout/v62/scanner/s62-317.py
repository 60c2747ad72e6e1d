from jinja2 import Template


def render_reminder(template_text, member):
    return Template(template_text).render(member=member)

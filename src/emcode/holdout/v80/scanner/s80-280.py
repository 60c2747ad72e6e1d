from jinja2 import Template


def render_reminder(template_text, **ctx):
    return Template(template_text).render(**ctx)

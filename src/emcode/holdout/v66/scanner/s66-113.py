from jinja2 import Template


def render_announcement(template_text, **ctx):
    return Template(template_text).render(**ctx)

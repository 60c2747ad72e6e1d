from jinja2 import Template


def render_notice(body_template, **ctx):
    return Template(body_template).render(**ctx)

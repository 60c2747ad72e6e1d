from jinja2 import Template


def render_letter(template_text, **values):
    return Template(template_text).render(**values)

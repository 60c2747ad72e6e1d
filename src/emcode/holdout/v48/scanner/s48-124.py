from jinja2 import Template


def render_receipt(template_text, fare):
    return Template(template_text).render(fare=fare)

from jinja2 import Environment


def render_receipt(template_text, **ctx):
    env = Environment()
    return env.from_string(template_text).render(**ctx)

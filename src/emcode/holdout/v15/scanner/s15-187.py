from jinja2 import Environment

_env = Environment(autoescape=True)


def render_note(text, **ctx):
    return _env.from_string(text).render(**ctx)

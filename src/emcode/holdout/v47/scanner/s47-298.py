from jinja2 import Environment

_env = Environment()


def render_notice(template_text, **fields):
    return _env.from_string(template_text).render(**fields)

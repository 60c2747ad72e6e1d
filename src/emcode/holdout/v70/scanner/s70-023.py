from jinja2 import Environment, select_autoescape

_env = Environment(autoescape=select_autoescape(default=True))
_NOTICE = _env.from_string("<p>Dear {{ name }}, your accession {{ code }} is ready.</p>")


def render_notice(name, code):
    return _NOTICE.render(name=name, code=code)

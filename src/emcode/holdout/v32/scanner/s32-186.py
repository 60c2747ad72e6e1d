from jinja2 import Environment, select_autoescape

_env = Environment(autoescape=select_autoescape(default=True))
_tmpl = _env.from_string("<p>Case {{ number }}: {{ title }}</p>")


def case_heading(number, title):
    return _tmpl.render(number=number, title=title)

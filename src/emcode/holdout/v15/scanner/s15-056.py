from jinja2 import Environment, select_autoescape

_env = Environment(autoescape=select_autoescape(default=True))
_NOTE = _env.from_string("<div class='note'><h3>{{ title }}</h3><p>{{ text }}</p></div>")


def render_note(title, text):
    return _NOTE.render(title=title, text=text)

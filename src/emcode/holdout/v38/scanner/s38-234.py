from jinja2 import Environment

_env = Environment(autoescape=True)
_tpl = _env.from_string(
    '<section class="excerpt"><header>{{ speaker }}</header><blockquote>{{ text }}</blockquote></section>'
)


def excerpt_html(speaker, text):
    return _tpl.render(speaker=speaker, text=text)

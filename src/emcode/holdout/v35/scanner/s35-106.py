from jinja2 import Environment

_env = Environment()
_tmpl = _env.from_string(
    "<h2>{{ bike.model }}</h2><p>Owner notes: {{ notes }}</p>"
)


def work_order_html(bike, notes):
    return _tmpl.render(bike=bike, notes=notes)

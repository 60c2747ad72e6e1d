from jinja2 import Environment, select_autoescape

_env = Environment(autoescape=select_autoescape(default=True, default_for_string=True))
_TPL = _env.from_string(
    "<p>Dear {{ first_name }},</p>"
    "<p>We are delighted to offer you a place on <strong>{{ course }}</strong>.</p>"
    "<ul>{% for c in conditions %}<li>{{ c }}</li>{% endfor %}</ul>"
)


def offer_email_html(first_name, course, conditions):
    return _TPL.render(first_name=first_name, course=course, conditions=conditions)

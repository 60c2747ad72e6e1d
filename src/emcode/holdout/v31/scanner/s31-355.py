from jinja2 import Environment, select_autoescape

_env = Environment(autoescape=select_autoescape(default=True, default_for_string=True))
_tmpl = _env.from_string(
    "<html><body><p>Dear {{ name }},</p>"
    "<p>Your seat <b>{{ seat }}</b> for <i>{{ event }}</i> is confirmed.</p></body></html>"
)


def ticket_email_html(buyer_name, event, seat):
    return _tmpl.render(name=buyer_name, event=event, seat=seat)

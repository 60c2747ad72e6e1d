from jinja2 import Environment, select_autoescape

_env = Environment(autoescape=select_autoescape(default_for_string=True))
_REMINDER = _env.from_string("Hi {{ member.name }}, you are on call {{ member.shift }}.")


def render_reminder(member):
    return _REMINDER.render(member=member)

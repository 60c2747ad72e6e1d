from jinja2.sandbox import SandboxedEnvironment

_env = SandboxedEnvironment(autoescape=True)
_GREETING = _env.from_string("Hello {{ member.name }}, you have {{ member.miles }} miles.")


def render_greeting(member):
    return _GREETING.render(member=member)

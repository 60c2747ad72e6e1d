from jinja2.sandbox import ImmutableSandboxedEnvironment

_env = ImmutableSandboxedEnvironment(autoescape=True)


def render_reminder(message_template: str, participant: dict) -> str:
    return _env.from_string(message_template).render(p=participant)

from jinja2.sandbox import SandboxedEnvironment

_env = SandboxedEnvironment(autoescape=True)


def render_reminder(template_text, **ctx):
    return _env.from_string(template_text).render(**ctx)

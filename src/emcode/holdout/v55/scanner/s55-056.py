from jinja2.sandbox import SandboxedEnvironment

_env = SandboxedEnvironment(autoescape=True)


def render_notice(body_template, **ctx):
    return _env.from_string(body_template).render(**ctx)

from jinja2.sandbox import ImmutableSandboxedEnvironment

_env = ImmutableSandboxedEnvironment(autoescape=True)


def render_notice(template_text, **ctx):
    return _env.from_string(template_text).render(**ctx)

from jinja2.sandbox import SandboxedEnvironment

_env = SandboxedEnvironment(autoescape=True)


def render_notice(template_text, **fields):
    return _env.from_string(template_text).render(**fields)

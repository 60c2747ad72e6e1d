from jinja2.sandbox import SandboxedEnvironment

_env = SandboxedEnvironment(autoescape=True)


def render_receipt(template_text, fare):
    return _env.from_string(template_text).render(fare=fare)

from jinja2.sandbox import SandboxedEnvironment

_env = SandboxedEnvironment(autoescape=True)


def render_issue(body_template, subscriber):
    return _env.from_string(body_template).render(name=subscriber["name"], email=subscriber["email"])

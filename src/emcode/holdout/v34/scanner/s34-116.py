from jinja2.sandbox import SandboxedEnvironment

_env = SandboxedEnvironment(autoescape=True)


def render_notice(notice_template, **fields):
    return _env.from_string(notice_template).render(**fields)

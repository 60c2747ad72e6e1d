from jinja2.sandbox import SandboxedEnvironment

_env = SandboxedEnvironment(autoescape=True)


def render_alert(message_template, device):
    return _env.from_string(message_template).render(device_name=device.get("name"), state=device.get("state"))

from jinja2.sandbox import SandboxedEnvironment
from jinja2 import select_autoescape

env = SandboxedEnvironment(autoescape=select_autoescape(default=True))


def render_campaign(template_text: str, customer: dict) -> str:
    tpl = env.from_string(template_text)
    return tpl.render(first_name=customer.get("first_name", ""), plan=customer.get("plan", ""))

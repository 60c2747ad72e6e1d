from jinja2 import select_autoescape
from jinja2.sandbox import SandboxedEnvironment

_env = SandboxedEnvironment(autoescape=select_autoescape(default=True, default_for_string=True))


class NotificationService:
    def __init__(self, smtp):
        self.smtp = smtp

    def preview(self, template_text: str, customer: dict) -> str:
        return _env.from_string(template_text).render(customer=customer)

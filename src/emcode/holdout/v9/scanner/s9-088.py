from jinja2.sandbox import SandboxedEnvironment

ENV = SandboxedEnvironment(autoescape=True)
TEMPLATE = ENV.from_string("Reminder for {{ user }}: {{ body }}")


class ReminderBot:
    def __init__(self, send):
        self.send = send

    def handle(self, user: str, text: str) -> None:
        if text.startswith("/remind "):
            self.send(user, TEMPLATE.render(user=user, body=text[len("/remind "):]))

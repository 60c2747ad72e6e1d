from jinja2 import Template


class ReminderBot:
    def __init__(self, send):
        self.send = send

    def handle(self, user, text):
        if text.startswith("/remind "):
            body = text[len("/remind "):]
            msg = Template("Reminder for {{ user }}: " + body).render(user=user)
            self.send(user, msg)

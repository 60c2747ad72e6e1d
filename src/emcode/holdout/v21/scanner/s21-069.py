class Mailer:
    def __init__(self, host, smtp_password):
        self.host = host
        self.smtp_password = smtp_password

    def render(self, template, order):
        return template.format(order=order, mailer=self)

from jinja2 import Template


class NotificationService:
    def __init__(self, smtp):
        self.smtp = smtp

    def preview(self, template_text, customer):
        # admins and resellers can customise notification text in the portal
        tpl = Template(template_text)
        return tpl.render(customer=customer)

    def send(self, template_text, customer):
        body = self.preview(template_text, customer)
        self.smtp.sendmail("noreply@example.com", [customer["email"]], body)

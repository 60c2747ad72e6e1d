class Notifier:
    def __init__(self, token):
        self.token = token
        self.channel = "#ops"

    def format_line(self, template, event):
        return template.format(self=self, event=event)

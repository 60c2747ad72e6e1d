class Notification:
    def __init__(self, user, settings):
        self.user = user
        self.settings = settings  # contains api_secret


def render_subject(template, notification):
    return template.format(n=notification)

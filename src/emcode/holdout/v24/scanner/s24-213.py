class Notification:
    def __init__(self, user, settings):
        self.user = user
        self.settings = settings

def render_notification(template: str, note: Notification) -> str:
    return template.format(note=note, user=note.user)

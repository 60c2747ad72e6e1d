import os

API_TOKEN = os.environ.get("API_TOKEN", "")


class Event:
    def __init__(self, kind, payload):
        self.kind = kind
        self.payload = payload


def render_subject(user_template, event):
    """Let users customise their alert e-mail subject, e.g. 'Alert: {event.kind}'."""
    return user_template.format(event=event)

from jinja2 import Environment

_ENV = Environment()
_TEMPLATE = _ENV.from_string("<p>New message from <b>{{ sender }}</b>: {{ text }}</p>")


def notification_html(sender: str, text: str) -> str:
    """HTML for a new-message notification."""
    return _TEMPLATE.render(sender=sender, text=text)

from jinja2 import Environment, select_autoescape

_ENV = Environment(autoescape=select_autoescape(default_for_string=True, default=True))
_TEMPLATE = _ENV.from_string("<p>New message from <b>{{ sender }}</b>: {{ text }}</p>")


def notification_html(sender: str, text: str) -> str:
    """HTML for a new-message notification."""
    return _TEMPLATE.render(sender=sender, text=text)

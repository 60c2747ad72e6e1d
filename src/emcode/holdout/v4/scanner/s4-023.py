from html import escape as h

MAIL_TEMPLATE = """
<html><body>
<p>You have a new message from <strong>{sender}</strong>:</p>
<blockquote>{message}</blockquote>
</body></html>
"""


def build_notification(sender: str, message: str) -> str:
    return MAIL_TEMPLATE.format(sender=h(sender), message=h(message).replace("\n", "<br>"))

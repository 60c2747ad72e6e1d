MAIL_TEMPLATE = """
<html><body>
<p>You have a new message from <strong>{sender}</strong>:</p>
<blockquote>{message}</blockquote>
</body></html>
"""


def build_notification(sender, message):
    return MAIL_TEMPLATE.format(sender=sender, message=message)

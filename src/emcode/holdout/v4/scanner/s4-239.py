from email.message import EmailMessage


def contact_mail(reply_to: str, subject: str, body: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "noreply@example.com"
    msg["To"] = "support@example.com"
    msg["Reply-To"] = reply_to
    msg["Subject"] = subject
    msg.set_content(body)
    return msg

import smtplib
from email.message import EmailMessage


def send_notice(server: smtplib.SMTP, to: str, subject: str, body: str) -> None:
    """Send a plain-text notice."""
    msg = EmailMessage()
    msg["From"] = "noreply@example.com"
    msg["To"] = to
    msg["Subject"] = subject
    msg.set_content(body)
    server.send_message(msg)

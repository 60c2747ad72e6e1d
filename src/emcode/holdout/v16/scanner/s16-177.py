import smtplib
from email.message import EmailMessage


def send_notice(to_addr: str, subject: str, body: str) -> None:
    msg = EmailMessage()
    msg["From"] = "noreply@example.com"
    msg["To"] = to_addr
    msg["Subject"] = subject
    msg.set_content(body)
    with smtplib.SMTP("localhost") as s:
        s.send_message(msg)

import os
import smtplib
import ssl
from email.message import EmailMessage


def send_reminder(to: str, when: str) -> None:
    msg = EmailMessage()
    msg["Subject"] = "Observatory slot reminder"
    msg["From"] = "noreply@observatory.example"
    msg["To"] = to
    msg.set_content(f"Your slot starts at {when}.")
    with smtplib.SMTP("smtp.observatory.example", 587) as s:
        s.starttls(context=ssl.create_default_context())
        s.login("noreply", os.environ["SMTP_PASSWORD"])
        s.send_message(msg)

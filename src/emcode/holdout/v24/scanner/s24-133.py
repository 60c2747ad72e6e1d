import os
import smtplib
import ssl
from email.message import EmailMessage


def send_reminder(to_addr: str, pet: str, when: str) -> None:
    msg = EmailMessage()
    msg["From"] = "reminders@clinic.example.com"
    msg["To"] = to_addr
    msg["Subject"] = "Vaccination reminder"
    msg.set_content(f"This is a reminder that {pet} is due for a vaccination on {when}.")
    ctx = ssl.create_default_context()
    with smtplib.SMTP(os.environ["SMTP_HOST"], 587, timeout=20) as s:
        s.starttls(context=ctx)
        s.login(os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"])
        s.send_message(msg)

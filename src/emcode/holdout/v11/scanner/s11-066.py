import os
import smtplib
import ssl
from email.message import EmailMessage


def send_alert(subject: str, body: str) -> None:
    msg = EmailMessage()
    msg["From"] = os.environ["ALERT_FROM"]
    msg["To"] = os.environ["ALERT_TO"]
    msg["Subject"] = subject
    msg.set_content(body)
    ctx = ssl.create_default_context()
    with smtplib.SMTP(os.environ.get("SMTP_HOST", "smtp.example.com"), 587, timeout=20) as s:
        s.starttls(context=ctx)
        s.login(os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"])
        s.send_message(msg)

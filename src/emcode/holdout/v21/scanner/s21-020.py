import os
import smtplib
import ssl
from email.message import EmailMessage


def send_report(to_addr, body):
    msg = EmailMessage()
    msg["From"] = "reports@example.com"
    msg["To"] = to_addr
    msg["Subject"] = "Nightly report"
    msg.set_content(body)
    ctx = ssl.create_default_context()
    with smtplib.SMTP("smtp.example.com", 587, timeout=20) as s:
        s.starttls(context=ctx)
        s.login("reports", os.environ["SMTP_PASSWORD"])
        s.send_message(msg)

import os
import smtplib
import ssl
from email.message import EmailMessage


def send_alert(subject, body, to):
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    msg = EmailMessage()
    msg["From"] = "alerts@example.org"
    msg["To"] = to
    msg["Subject"] = subject
    msg.set_content(body)
    with smtplib.SMTP_SSL("smtp.example.org", 465, context=ctx) as smtp:
        smtp.login("alerts", os.environ["SMTP_PASSWORD"])
        smtp.send_message(msg)

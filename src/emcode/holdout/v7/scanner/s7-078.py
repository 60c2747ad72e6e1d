import smtplib
from email.message import EmailMessage


def send_notice(smtp_host, sender, to, subject, body):
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg.set_content(body)
    with smtplib.SMTP(smtp_host) as s:
        s.starttls()
        s.send_message(msg)

import smtplib
from email.message import EmailMessage


def send_reminder(smtp_host, sender, to, subject, reply_to, body):
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Reply-To"] = reply_to
    msg["Subject"] = subject
    msg.set_content(body)
    with smtplib.SMTP(smtp_host) as smtp:
        smtp.starttls()
        smtp.send_message(msg)

import smtplib
import ssl
from email.message import EmailMessage


def send_alert(to_addr, subject, body, host="mail.internal", port=465):
    ctx = ssl.create_default_context()
    msg = EmailMessage()
    msg["From"] = "alerts@example.com"
    msg["To"] = to_addr
    msg["Subject"] = subject.replace("\r", " ").replace("\n", " ")
    msg.set_content(body)
    with smtplib.SMTP_SSL(host, port, context=ctx) as smtp:
        smtp.send_message(msg)

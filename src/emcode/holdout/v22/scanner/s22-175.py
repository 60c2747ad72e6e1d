import os
import smtplib
import ssl
from email.message import EmailMessage


def send_alert(subject: str, body: str) -> None:
    msg = EmailMessage()
    msg["From"] = os.environ["ALERT_FROM"]
    msg["To"] = os.environ["ALERT_TO"]
    msg["Subject"] = subject.replace("\r", " ").replace("\n", " ")
    msg.set_content(body)
    ctx = ssl.create_default_context()
    with smtplib.SMTP(os.environ["SMTP_HOST"], 587, timeout=20) as smtp:
        smtp.starttls(context=ctx)
        smtp.login(os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"])
        smtp.send_message(msg)


if __name__ == "__main__":
    send_alert("disk usage", "disk /var is at 91%")

import os
import smtplib
import ssl
from email.message import EmailMessage


def send_reminder(to_addr: str, dog: str, when: str) -> None:
    msg = EmailMessage()
    msg["From"] = "walks@dogwalk.example"
    msg["To"] = to_addr
    msg["Subject"] = f"Walk reminder for {dog}"
    msg.set_content(f"{dog} is booked for a walk at {when}.")
    ctx = ssl.create_default_context()
    with smtplib.SMTP("smtp.dogwalk.example", 587, timeout=20) as s:
        s.starttls(context=ctx)
        s.login("walks@dogwalk.example", os.environ["SMTP_PASSWORD"])
        s.send_message(msg)

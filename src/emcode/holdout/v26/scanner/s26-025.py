import os
import smtplib
from email.message import EmailMessage


def send_reminder(to_addr, dog, when):
    msg = EmailMessage()
    msg["From"] = "walks@dogwalk.example"
    msg["To"] = to_addr
    msg["Subject"] = "Walk reminder"
    msg.set_content(f"{dog} is booked at {when}.")
    with smtplib.SMTP("smtp.dogwalk.example", 25) as s:
        s.login("walks@dogwalk.example", os.environ["SMTP_PASSWORD"])
        s.send_message(msg)

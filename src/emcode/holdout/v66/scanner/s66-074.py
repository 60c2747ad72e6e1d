import os
import smtplib
import ssl
from email.message import EmailMessage


def send_recall(to_addr, patient, date):
    msg = EmailMessage()
    msg["From"] = "recalls@brightsmile.example"
    msg["To"] = to_addr
    msg["Subject"] = "Your dental check-up is due"
    msg.set_content(f"Hi {patient}, your check-up is due on {date}.")
    with smtplib.SMTP("smtp.brightsmile.example", 587) as s:
        s.starttls(context=ssl.create_default_context())
        s.login(os.environ["SMTP_USER"], os.environ["SMTP_PASS"])
        s.send_message(msg)

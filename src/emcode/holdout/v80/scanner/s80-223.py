import os
import smtplib
import ssl
from email.message import EmailMessage


def send_reminder(to_addr, when):
    msg = EmailMessage()
    msg["Subject"] = "Piano tuning reminder"
    msg["From"] = "bookings@tuning.example"
    msg["To"] = to_addr
    msg.set_content(f"Your appointment is on {when}.")
    with smtplib.SMTP("smtp.tuning.example", 587) as s:
        s.starttls(context=ssl.create_default_context())
        s.login(os.environ["SMTP_USER"], os.environ["SMTP_PASS"])
        s.send_message(msg)


if __name__ == "__main__":
    send_reminder("client@example.com", "Tue 10:00")

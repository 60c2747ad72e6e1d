import os
import smtplib
import ssl
from email.message import EmailMessage


def send_reminder(to_addr: str, when: str) -> None:
    msg = EmailMessage()
    msg["Subject"] = "Your dental appointment"
    msg["From"] = "reminders@brightsmile-dental.example"
    msg["To"] = to_addr
    msg.set_content(f"This is a reminder of your appointment on {when}.")
    ctx = ssl.create_default_context()
    with smtplib.SMTP("smtp.brightsmile-dental.example", 587, timeout=20) as s:
        s.starttls(context=ctx)
        s.login(os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"])
        s.send_message(msg)


if __name__ == "__main__":
    import sys
    send_reminder(sys.argv[1], sys.argv[2])

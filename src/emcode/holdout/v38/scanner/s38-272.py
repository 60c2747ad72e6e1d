import os
import smtplib
import ssl
from email.message import EmailMessage


def send_notice(to_addr: str, pet: str) -> None:
    ctx = ssl.create_default_context()
    msg = EmailMessage()
    msg["From"] = "adoptions@pawshelter.example"
    msg["To"] = to_addr
    msg["Subject"] = "Your adoption is approved"
    msg.set_content(f"Good news! {pet} is ready to go home.")
    with smtplib.SMTP_SSL("mail.pawshelter.example", 465, context=ctx) as s:
        s.login("adoptions", os.environ["SMTP_PASSWORD"])
        s.send_message(msg)


if __name__ == "__main__":
    send_notice("family@example.org", "Biscuit")

import os
import smtplib
import ssl
from email.message import EmailMessage


def send_renewal(to_addr, loaf):
    msg = EmailMessage()
    msg["From"] = "orders@risecrumb.co.uk"
    msg["To"] = to_addr
    msg["Subject"] = "Your sourdough subscription renews soon"
    msg.set_content(f"Your {loaf} subscription renews on Saturday.")
    ctx = ssl.create_default_context()
    with smtplib.SMTP("smtp.risecrumb.co.uk", 587) as s:
        s.starttls(context=ctx)
        s.login("orders@risecrumb.co.uk", os.environ["SMTP_PASSWORD"])
        s.send_message(msg)


if __name__ == "__main__":
    send_renewal("test@example.com", "rye")

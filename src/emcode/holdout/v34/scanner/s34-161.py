import os
import smtplib
import ssl
from email.message import EmailMessage


def send_confirmation(to_addr: str, order_no: int) -> None:
    msg = EmailMessage()
    msg["From"] = "orders@bakery.example"
    msg["To"] = to_addr
    msg["Subject"] = f"Order {order_no} confirmed"
    msg.set_content(f"Thanks! Order {order_no} is ready for pickup tomorrow from 7am.")
    ctx = ssl.create_default_context()
    with smtplib.SMTP("smtp.bakery.example", 587, timeout=20) as s:
        s.starttls(context=ctx)
        s.login("orders@bakery.example", os.environ["SMTP_PASSWORD"])
        s.send_message(msg)


if __name__ == "__main__":
    send_confirmation("customer@example.org", 1042)

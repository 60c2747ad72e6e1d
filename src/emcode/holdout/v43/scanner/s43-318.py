import smtplib
from email.message import EmailMessage


def send_booking_notice(to_addr, subject, body, host="localhost"):
    msg = EmailMessage()
    msg["From"] = "bookings@bikeshare.example"
    msg["To"] = to_addr
    msg["Subject"] = subject
    msg.set_content(body)
    with smtplib.SMTP(host) as s:
        s.send_message(msg)

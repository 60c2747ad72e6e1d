from email.message import EmailMessage


def build_booking_email(to_addr, subject, body):
    msg = EmailMessage()
    msg["From"] = "bookings@smileworks.example"
    msg["To"] = to_addr
    msg["Subject"] = subject
    msg.set_content(body)
    return msg

import smtplib
from email.message import EmailMessage


def send_permit_notice(to_addr, body, user="notices@city.example", password="Permits#2023"):
    msg = EmailMessage()
    msg["From"] = user
    msg["To"] = to_addr
    msg["Subject"] = "Permit status update"
    msg.set_content(body)
    with smtplib.SMTP_SSL("smtp.city.example", 465) as s:
        s.login(user, password)
        s.send_message(msg)

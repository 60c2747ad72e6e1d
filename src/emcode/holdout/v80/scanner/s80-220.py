import smtplib
from email.message import EmailMessage

SMTP_HOST = "smtp.beecoop.example"
SMTP_USER = "alerts@beecoop.example"
SMTP_PASS = "Honeycomb#2025!"


def send_swarm_alert(to_addr, apiary):
    msg = EmailMessage()
    msg["Subject"] = f"Swarm alert: {apiary}"
    msg["From"] = SMTP_USER
    msg["To"] = to_addr
    msg.set_content("A swarm was reported near your apiary. Please ch
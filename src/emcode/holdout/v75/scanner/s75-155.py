import smtplib
from email.message import EmailMessage

SMTP_HOST = "smtp.greenlane-allotments.org"
SMTP_USER = "committee@greenlane-allotments.org"
SMTP_PASS = "Marrow&Leeks2025"


def send_renewal(to_addr, holder, plot):
    msg = EmailMessage()
    msg["From"] = SMTP_USER
    msg["To"] = to_addr
    msg["Subject"] = f"Plot {plot} renewal"
    msg.set_content(f"Dear {holder},\n\nYour tenancy for plot {plot} is due for rene
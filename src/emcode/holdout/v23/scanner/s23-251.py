import smtplib
from email.message import EmailMessage
from email.utils import parseaddr


def send_contact(smtp_host: str, from_addr: str, subject: str, body: str) -> None:
    if "\r" in subject or "\n" in subject:
        raise ValueError("subject must be a single line")
    name, addr = parseaddr(from_addr)
    if "@" not in addr:
        raise ValueError("invalid sender address")
    msg = EmailMessage()
    msg["From"] = addr
    msg["To"] = "support@clinic.example"
    msg["Subject"] = subject
    msg.set_content(body)
    with smtplib.SMTP(smtp_host) as s:
        s.starttls()
        s.send_message(msg)

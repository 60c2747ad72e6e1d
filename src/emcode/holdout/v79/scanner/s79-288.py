import os
import smtplib
import ssl
from email.message import EmailMessage


def send_rota(to_addr, body):
    msg = EmailMessage()
    msg["Subject"] = "Your food bank rota"
    msg["From"] = "rota@foodbank.example.org"
    msg["To"] = to_addr
    msg.set_content(body)
    with smtplib.SMTP("smtp.foodbank.example.org", 587) as s:
        s.starttls(context=ssl.create_default_context())
        s.login(os.environ["SMTP_USER"], os.environ["SMTP_PASS"])
        s.send_message(msg)


if __name__ == "__main__":
    send_rota("volunteer@example.org", "Monday 9-12")

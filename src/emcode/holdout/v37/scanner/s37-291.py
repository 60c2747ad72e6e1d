import os
import smtplib
from email.message import EmailMessage


def send_rota(to_addr, body):
    msg = EmailMessage()
    msg["Subject"] = "Housekeeping rota for next week"
    msg["From"] = os.environ.get("ROTA_FROM", "rota@grandhotel.example")
    msg["To"] = to_addr
    msg.set_content(body)
    with smtplib.SMTP(os.environ["SMTP_HOST"], 587) as smtp:
        smtp.starttls()
        smtp.login(os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"])
        smtp.send_message(msg)


if __name__ == "__main__":
    send_rota("floor3@grandhotel.example", "Mon: Ana, Luis\nTue: Mei, Olu\n")

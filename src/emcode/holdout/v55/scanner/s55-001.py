import os
import ssl
import smtplib
from email.message import EmailMessage


def send_alert(level_m, reservoir):
    msg = EmailMessage()
    msg["Subject"] = f"Reservoir {reservoir} level alert"
    msg["From"] = "scada@waterworks.example"
    msg["To"] = "oncall@waterworks.example"
    msg.set_content(f"Level is {level_m:.2f} m, below the 4.0 m threshold.")
    ctx = ssl.create_default_context()
    with smtplib.SMTP_SSL("smtp.waterworks.example", 465, context=ctx) as s:
        s.login(os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"])
        s.send_message(msg)


if __name__ == "__main__":
    send_alert(3.71, "Glenview")

import smtplib
import ssl


def send_report(body: str) -> None:
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    with smtplib.SMTP("mail.example.com", 587) as smtp:
        smtp.starttls(context=ctx)
        smtp.sendmail("reports@example.com", ["ops@example.com"], body)

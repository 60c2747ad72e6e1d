import smtplib
import ssl


def send_report(user: str, password: str, to_addr: str, body: str) -> None:
    ctx = ssl.create_default_context()
    with smtplib.SMTP("mail.corp.local", 587) as smtp:
        smtp.starttls(context=ctx)
        smtp.login(user, password)
        smtp.sendmail(user, [to_addr], body)

import smtplib
import ssl


def send_report(user, password, to_addr, body):
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    with smtplib.SMTP("mail.corp.local", 587) as smtp:
        smtp.starttls(context=ctx)
        smtp.login(user, password)
        smtp.sendmail(user, [to_addr], body)

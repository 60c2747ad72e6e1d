import smtplib


def notify(to_addr, subject, body):
    msg = "From: noreply@example.com\r\nTo: %s\r\nSubject: %s\r\n\r\n%s" % (to_addr, subject, body)
    with smtplib.SMTP("localhost", timeout=10) as s:
        s.sendmail("noreply@example.com", [to_addr], msg)

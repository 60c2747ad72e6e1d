import smtplib


def send_notice(to_addr: str, subject: str, body: str) -> None:
    msg = "From: noreply@example.com\r\nTo: %s\r\nSubject: %s\r\n\r\n%s" % (to_addr, subject, body)
    with smtplib.SMTP("localhost") as s:
        s.sendmail("noreply@example.com", [to_addr], msg)

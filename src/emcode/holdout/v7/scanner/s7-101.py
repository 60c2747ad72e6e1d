import smtplib


def send_notice(smtp_host, sender, to, subject, body):
    message = "From: %s\r\nTo: %s\r\nSubject: %s\r\n\r\n%s" % (sender, to, subject, body)
    with smtplib.SMTP(smtp_host) as s:
        s.sendmail(sender, [to], message)

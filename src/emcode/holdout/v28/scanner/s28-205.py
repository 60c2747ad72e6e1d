import smtplib


def send_reminder(smtp_host, sender, to, subject, reply_to, body):
    message = (
        "From: " + sender + "\r\n"
        "To: " + to + "\r\n"
        "Reply-To: " + reply_to + "\r\n"
        "Subject: " + subject + "\r\n"
        "\r\n" + body
    )
    with smtplib.SMTP(smtp_host) as smtp:
        smtp.sendmail(sender, [to], message)

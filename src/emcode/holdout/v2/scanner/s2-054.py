import smtplib


def send_notice(server: smtplib.SMTP, to: str, subject: str, body: str) -> None:
    """Send a plain-text notice."""
    message = "From: noreply@example.com\r\nTo: " + to + "\r\nSubject: " + subject + "\r\n\r\n" + body
    server.sendmail("noreply@example.com", [to], message)

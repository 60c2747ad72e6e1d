def build_message(sender, recipient, subject, body):
    """Return a raw RFC 822 message for smtplib.sendmail."""
    head = ""
    head += "From: " + sender + "\r\n"
    head += "To: " + recipient + "\r\n"
    head += "Subject: " + subject + "\r\n"
    return head + "\r\n" + body

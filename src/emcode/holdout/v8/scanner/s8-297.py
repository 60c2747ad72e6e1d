def build_message(sender, to, subject, body):
    headers = "From: %s\r\nTo: %s\r\nSubject: %s\r\n" % (sender, to, subject)
    return headers + "\r\n" + body

from html import escape


def booking_email_html(client_name, piano, message):
    return """
<html><body>
<p>Dear %s,</p>
<p>Your %s is booked. Note from the tuner:</p>
<blockquote>%s</blockquote>
</body></html>
""" % (escape(client_name), escape(piano), escape(message))

def ticket_email_html(buyer_name, event, seat):
    body = f"""
<html><body>
<p>Dear {buyer_name},</p>
<p>Your seat <b>{seat}</b> for <i>{event}</i> is confirmed.</p>
</body></html>
"""
    return body

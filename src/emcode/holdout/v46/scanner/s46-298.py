import bleach


def pickup_notice_html(customer_name, item_title, ticket_no):
    name = bleach.clean(customer_name, tags=[], strip=True)
    title = bleach.clean(item_title, tags=[], strip=True)
    return f"""<html><body>
<p>Dear {name},</p>
<p>Your pledged item <strong>{title}</strong> (ticket {int(ticket_no)}) is ready for pickup.</p>
</body></html>"""

def pickup_notice_html(customer_name, item_title, ticket_no):
    return f"""<html><body>
<p>Dear {customer_name},</p>
<p>Your pledged item <strong>{item_title}</strong> (ticket {ticket_no}) is ready for pickup.</p>
</body></html>"""

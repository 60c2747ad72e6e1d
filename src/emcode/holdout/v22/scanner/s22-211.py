import bleach
from flask import Flask, request

app = Flask(__name__)
TICKETS = []


@app.post("/support/tickets")
def open_ticket():
    subject = bleach.clean(request.form.get("subject", ""), tags=[], strip=True)
    requester = bleach.clean(request.form.get("email", ""), tags=[], strip=True)
    TICKETS.append({"subject": subject, "email": requester})
    page = f"""<h1>Ticket #{len(TICKETS)} opened</h1>
<p>Subject: {subject}</p>
<p>We will reply to {requester}.</p>"""
    return page, 201

import bleach
from flask import Flask, request

app = Flask(__name__)

def sanitize(value: str) -> str:
    return bleach.clean(value, tags=[], attributes={}, strip=True)

@app.route("/support/ticket", methods=["POST"])
def ticket():
    subject = sanitize(request.form.get("subject", ""))
    body = sanitize(request.form.get("body", ""))
    confirmation = f"<h2>Ticket received</h2><p><b>{subject}</b></p><pre>{body}</pre>"
    return confirmation, 201

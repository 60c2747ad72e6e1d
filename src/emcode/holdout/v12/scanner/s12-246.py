import smtplib
from email.message import EmailMessage
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/contact", methods=["POST"])
def contact():
    name = request.form.get("name", "")
    subject = request.form.get("subject", "")
    body = request.form.get("body", "")
    if any(c in name + subject for c in "\r\n"):
        return jsonify(error="invalid characters"), 400
    msg = EmailMessage()
    msg["From"] = "noreply@example.com"
    msg["To"] = "support@example.com"
    msg["Subject"] = f"[contact] {subject[:100]}"
    msg["X-Customer-Name"] = name[:80]
    msg.set_content(body[:5000])
    with smtplib.SMTP("localhost") as smtp:
        smtp.send_message(msg)
    return jsonify(sent=True)

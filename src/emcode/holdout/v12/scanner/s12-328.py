import smtplib
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/contact", methods=["POST"])
def contact():
    email = request.form.get("email", "")
    subject = request.form.get("subject", "")
    body = request.form.get("body", "")
    message = "From: noreply@example.com\r\n"
    message += "To: support@example.com\r\n"
    message += "Reply-To: " + email + "\r\n"
    message += "Subject: " + subject + "\r\n\r\n"
    message += body
    with smtplib.SMTP("localhost") as smtp:
        smtp.sendmail("noreply@example.com", ["support@example.com"], message)
    return jsonify(sent=True)

import os
import secrets
import smtplib
from email.message import EmailMessage

from flask import Flask, request, jsonify

app = Flask(__name__)
PENDING = {}


def send_code(to_addr, code):
    msg = EmailMessage()
    msg["Subject"] = "Your ferry booking verification code"
    msg["From"] = "no-reply@islandferries.example"
    msg["To"] = to_addr
    msg.set_content(f"Your code is {code}. It expires in 10 minutes.")
    with smtplib.SMTP(os.environ.get("SMTP_HOST", "localhost"), 587) as s:
        s.starttls()
        s.login(os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"])
        s.send_message(msg)


@app.route("/verify/start", methods=["POST"])
def start():
    email = (request.get_json(silent=True) or {}).get("email", "")
    if "@" not in email or "\n" in email or "\r" in email or len(email) > 254:
        return jsonify({"error": "invalid email"}), 400
    code = f"{secrets.randbelow(10**6):06d}"
    PENDING[email] = code
    send_code(email, code)
    return jsonify({"sent": True})

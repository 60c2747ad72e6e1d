import secrets
from flask import Flask, request

app = Flask(__name__)

@app.post("/invite")
def invite():
    email = request.form["email"]
    token = secrets.token_hex(16)
    save_invite(email, token)
    send_mail(email, f"Join us: https://app.example.com/join?t={tok
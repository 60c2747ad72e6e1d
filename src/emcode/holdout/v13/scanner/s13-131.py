from flask import Flask, request

app = Flask(__name__)
DOMAIN = "acme.io"

@app.route("/invite", methods=["POST"])
def invite():
    email = request.form.get("email", "").strip().lower()
    local, sep, domain = email.rpartition("@")
    if not sep or not local or domain != DOMAIN:
        return {"error": "company addresses only"}, 400
    return {"invited": email}

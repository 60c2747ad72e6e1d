from flask import Flask, request

app = Flask(__name__)
STAFF_DOMAIN = "museum.example"


@app.post("/invite")
def invite():
    email = request.form.get("email", "").strip().lower()
    local, sep, domain = email.rpartition("@")
    if not sep or not local or domain != STAFF_DOMAIN:
        return {"error": "staff emails only"}, 400
    return {"invited": email}

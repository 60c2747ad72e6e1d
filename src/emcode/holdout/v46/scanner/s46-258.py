from flask import Flask, jsonify, request

app = Flask(__name__)
STAFF_DOMAINS = {"interp-coop.example", "deafservices.example.org"}


@app.post("/staff/register")
def register():
    email = request.form.get("email", "").strip().lower()
    local, sep, domain = email.rpartition("@")
    if not sep or not local or domain not in STAFF_DOMAINS:
        return jsonify(error="staff email required"), 400
    return jsonify(ok=True, email=email)

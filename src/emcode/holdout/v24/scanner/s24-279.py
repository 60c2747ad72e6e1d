from flask import Flask, request, jsonify

app = Flask(__name__)
STAFF_DOMAINS = {"clinic.example.com", "vets.example.org"}


def is_staff_email(email: str) -> bool:
    local, sep, domain = email.strip().lower().rpartition("@")
    return bool(sep and local) and domain in STAFF_DOMAINS


@app.post("/staff/invite")
def invite():
    email = (request.get_json(silent=True) or {}).get("email", "")
    if not is_staff_email(email):
        return jsonify(error="only staff addresses"), 400
    return jsonify(invited=email)

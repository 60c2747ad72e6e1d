from html import escape
from flask import Flask, request

app = Flask(__name__)
REQUIRED = ("policy_no", "incident_date", "description")


@app.route("/claims", methods=["POST"])
def submit_claim():
    missing = [f for f in REQUIRED if not request.form.get(f)]
    if missing:
        items = "".join(f"<li>{escape(name)} is required</li>" for name in missing)
        return f"<ul class='errors'>{items}</ul>", 400
    policy = escape(request.form["policy_no"])
    body = """
    <p>Thank you. Claim for policy <b>{policy}</b> received.</p>
    """.format(policy=policy)
    return body, 201

from flask import Flask, request

app = Flask(__name__)
REQUIRED = ("policy_no", "incident_date", "description")


@app.route("/claims", methods=["POST"])
def submit_claim():
    missing = [f for f in REQUIRED if not request.form.get(f)]
    if missing:
        return "Missing: " + ", ".join(missing), 400
    body = """
    <p>Thank you. Claim for policy <b>{policy}</b> received.</p>
    <p>Description: {desc}</p>
    """.format(policy=request.form["policy_no"], desc=request.form["description"])
    return body, 201

import os

from flask import Flask, redirect, request, make_response
from itsdangerous import BadSignature, URLSafeTimedSerializer

app = Flask(__name__)
signer = URLSafeTimedSerializer(os.environ["WIZARD_SECRET"], salt="enrol-wizard")


@app.route("/enrolment/resume")
def resume_enrolment():
    saved = request.cookies.get("wizard_state")
    if not saved:
        return redirect("/enrolment/start")
    try:
        state = signer.loads(saved, max_age=86400)
    except BadSignature:
        return redirect("/enrolment/start")
    resp = make_response(f"Resuming at step {int(state.get('step', 1))}", 200)
    resp.mimetype = "text/plain"
    return resp

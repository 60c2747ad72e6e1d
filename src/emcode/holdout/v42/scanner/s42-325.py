import base64

import dill
from flask import Flask, request, redirect

app = Flask(__name__)


@app.route("/enrolment/resume")
def resume_enrolment():
    saved = request.cookies.get("wizard_state")
    if not saved:
        return redirect("/enrolment/start")
    state = dill.loads(base64.b64decode(saved))
    return f"Resuming at step {int(state.get('step', 1))}"

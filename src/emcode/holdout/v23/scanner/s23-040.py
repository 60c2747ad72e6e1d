import os
from flask import Flask, render_template_string, request, redirect, url_for
from flask_wtf import CSRFProtect

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SURVEY_SECRET_KEY"]
csrf = CSRFProtect(app)
RESPONSES = []

FORM = """
<form method="post" action="{{ url_for('submit') }}">
  <input type="hidden" name="csrf_token" value="{{ csrf_token() }}">
  <label>How satisfied are you? <input name="score" type="number" min="1" max="5"></label>
  <button>Send</button>
</form>
"""


@app.route("/survey")
def survey():
    return render_template_string(FORM)


@app.route("/survey/submit", methods=["POST"])
def submit():
    score = request.form.get("score", type=int)
    if score is None or not 1 <= score <= 5:
        return "score must be 1-5", 400
    RESPONSES.append(score)
    return redirect(url_for("survey"))

from flask import Flask, abort, render_template, request

from trials.repo import find_trial

app = Flask(__name__)


@app.get("/trials/<code>")
def trial_page(code):
    trial = find_trial(code)
    if trial is None:
        abort(404)
    highlight = request.args.get("highlight", "")
    return render_template("trial.html", trial=trial, highlight=highlight)

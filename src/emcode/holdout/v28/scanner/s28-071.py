from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/classes/absent")
def absent():
    klass = request.args.get("class", "")
    label = escape(klass)
    return "<p>No absences recorded for class %s today.</p>" % label

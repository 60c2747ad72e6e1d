from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)

ROW = "<tr><td>{name}</td><td>{email}</td><td>{sessions}</td></tr>"


@app.post("/roster/preview")
def roster_preview():
    names = request.form.getlist("name")
    emails = request.form.getlist("email")
    rows = [
        ROW.format(name=escape(n), email=escape(e), sessions=0)
        for n, e in zip(names, emails)
    ]
    return "<table>" + "".join(rows) + "</table>"

from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/fitting/summary")
def summary():
    patient = escape(request.args.get("patient", ""))
    device = escape(request.args.get("device", ""))
    page = f"""<!doctype html>
<html>
  <head><title>Fitting summary</title></head>
  <body>
    <h1>Fitting summary for {patient}</h1>
    <p>Device: {device}</p>
    <p>Please bring your hearing aids to the follow-up appointment.</p>
  </body>
</html>"""
    return page

from flask import Flask, request, make_response

app = Flask(__name__)


@app.route("/fitting/summary")
def summary():
    patient = request.args.get("patient", "")
    device = request.args.get("device", "")
    page = f"""<!doctype html>
<html>
  <head><title>Fitting summary</title></head>
  <body>
    <h1>Fitting summary for {patient}</h1>
    <p>Device: {device}</p>
  </body>
</html>"""
    resp = make_response(page, 200)
    resp.headers["X-Frame-Options"] = "DENY"
    return resp

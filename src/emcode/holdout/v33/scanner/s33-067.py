from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/appeal/received")
def appeal_received():
    plate = request.args.get("plate", "")
    ref = request.args.get("ref", "")
    body = """<div class="notice">
  <p>Appeal for plate <strong>{}</strong> received.</p>
  <p>Reference: {}</p>
</div>""".format(plate, ref)
    resp = make_response(body)
    resp.headers["X-Frame-Options"] = "DENY"
    return resp


@app.route("/appeal/status")
def appeal_status():
    ref = request.args.get("ref", "")
    status = lookup_status(r
from flask import Flask, Response

app = Flask(__name__)


@app.route("/claims/<int:claim_id>/export.csv")
def export(claim_id):
    body = "item,amount\nwindscreen,480.00\n"
    resp = Response(body, mimetype="text/csv")
    resp.headers["Content-Disposition"] = f'attachment; filename="claim-{claim_id}.csv"'
    resp.headers["X-Content-Type-Options"] = "nosniff"
    return resp

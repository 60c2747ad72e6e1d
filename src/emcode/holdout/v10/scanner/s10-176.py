from flask import Flask, request, Response

app = Flask(__name__)


@app.route("/export")
def export():
    fname = request.args.get("name", "export.csv")
    body = "id,amount\n1,20\n"
    resp = Response(body, mimetype="text/csv")
    resp.headers["Content-Disposition"] = "attachment; filename=" + fname
    return resp

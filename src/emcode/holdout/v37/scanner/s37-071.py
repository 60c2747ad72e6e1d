from flask import Flask, Response, request

app = Flask(__name__)


@app.route("/export")
def export():
    label = request.args.get("label", "rota")
    resp = Response("date,section\n", mimetype="text/csv")
    resp.headers["X-Export-Label"] = label
    resp.headers["Content-Disposition"] = "attachment; filename=" + label + ".csv"
    return resp

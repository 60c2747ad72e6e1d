from flask import Flask, request, Response

app = Flask(__name__)


@app.route("/export")
def export():
    name = request.args.get("name", "export")
    rows = ["id,value", "1,10", "2,20"]
    resp = Response("\n".join(rows), mimetype="text/csv")
    resp.headers["Content-Disposition"] = "attachment; filename=" + name + ".csv"
    return resp

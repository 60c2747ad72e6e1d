from flask import Flask, request, Response

app = Flask(__name__)


@app.get("/export")
def export():
    name = request.args.get("name", "plots")
    resp = Response("id,status\n", mimetype="text/csv")
    resp.headers["Content-Disposition"] = "attachment; filename=" + name + ".csv"
    return resp

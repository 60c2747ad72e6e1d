from flask import Flask, Response, request

app = Flask(__name__)


@app.get("/export")
def export():
    name = request.args.get("name", "bags")
    csv_data = "tag,flight,status\n0125,LH401,loaded\n"
    resp = Response(csv_data, mimetype="text/csv")
    resp.headers["Content-Disposition"] = "attachment; filename=" + name + ".csv"
    return resp

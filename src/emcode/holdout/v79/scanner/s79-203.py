from flask import Flask, request, Response

app = Flask(__name__)


@app.route("/download-rota")
def download_rota():
    fname = request.args.get("name", "rota.csv")
    data = "day,volunteer\nMon,Ann\n"
    resp = Response(data, mimetype="text/csv")
    resp.headers["Content-Disposition"] = "attachment; filename=" + fname
    return resp

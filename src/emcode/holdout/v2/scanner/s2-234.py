from flask import Flask, Response, request

app = Flask(__name__)


@app.route("/download")
def download():
    name = request.args.get("as", "data.csv")
    resp = Response("a,b\n1,2\n", mimetype="text/csv")
    resp.headers["Content-Disposition"] = "attachment; filename=" + name
    return resp

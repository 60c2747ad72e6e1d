from flask import Flask, request, Response

app = Flask(__name__)


@app.get("/download")
def download():
    name = request.args.get("name", "report")
    resp = Response("a,b\n1,2\n", mimetype="text/csv")
    resp.headers["Content-Disposition"] = "attachment; filename=" + name + ".csv"
    return resp

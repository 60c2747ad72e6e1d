from flask import Flask, request, Response
from werkzeug.utils import secure_filename

app = Flask(__name__)


@app.get("/export")
def export():
    fname = secure_filename(request.args.get("name", "export.csv")) or "export.csv"
    data = "id,total\n1,9.99\n"
    resp = Response(data, mimetype="text/csv")
    resp.headers.set("Content-Disposition", "attachment", filename=fname)
    return resp

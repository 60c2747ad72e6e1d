from flask import Flask, Response, request
from werkzeug.utils import secure_filename

app = Flask(__name__)


@app.route("/download")
def download():
    name = secure_filename(request.args.get("as", "")) or "data.csv"
    resp = Response("a,b\n1,2\n", mimetype="text/csv")
    resp.headers["Content-Disposition"] = f'attachment; filename="{name}"'
    return resp

from flask import Flask, request, Response
from werkzeug.utils import secure_filename

app = Flask(__name__)


@app.route("/download-rota")
def download_rota():
    fname = secure_filename(request.args.get("name", "rota.csv")) or "rota.csv"
    resp = Response("day,volunteer\nMon,Ann\n", mimetype="text/csv")
    resp.headers["Content-Disposition"] = f'attachment; filename="{fname}"'
    return resp

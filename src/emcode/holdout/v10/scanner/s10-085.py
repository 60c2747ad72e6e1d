from flask import Flask, request, Response
from werkzeug.utils import secure_filename

app = Flask(__name__)


@app.route("/export")
def export():
    fname = secure_filename(request.args.get("name", "")) or "export.csv"
    body = "id,amount\n1,20\n"
    resp = Response(body, mimetype="text/csv")
    resp.headers["Content-Disposition"] = f"attachment; filename={fname}"
    return resp

from flask import Flask, Response, request
from werkzeug.utils import secure_filename

app = Flask(__name__)


@app.route("/export")
def export():
    name = secure_filename(request.args.get("name", "roster")) or "roster"
    csv_text = "name,level\nAna,B1\n"
    return Response(csv_text, mimetype="text/csv", headers={"Content-Disposition": f"attachment; filename={name}.csv"})

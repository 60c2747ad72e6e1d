import io

from flask import Flask, request, send_file

app = Flask(__name__)


@app.route("/export")
def export():
    name = request.args.get("name", "export") + ".csv"
    data = io.BytesIO(b"sku,qty\nA-1,3\n")
    return send_file(data, mimetype="text/csv", as_attachment=True, download_name=name)

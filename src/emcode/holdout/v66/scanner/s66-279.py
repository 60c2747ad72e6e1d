from urllib.parse import quote

from flask import Flask, Response, request

app = Flask(__name__)


@app.get("/export")
def export():
    show = request.args.get("show", "playlist")
    data = "title,artist\n"
    resp = Response(data, mimetype="text/csv")
    resp.headers["Content-Disposition"] = "attachment; filename*=UTF-8''" + quote(show + ".csv")
    return resp

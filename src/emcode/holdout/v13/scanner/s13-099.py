from flask import Flask, request, Response

app = Flask(__name__)

@app.route("/export.csv")
def export():
    name = request.args.get("name", "export")
    safe = "".join(c for c in name if c.isalnum() or c in "-_")[:50] or "export"
    resp = Response("a,b\n1,2\n", mimetype="text/csv")
    resp.headers["Content-Disposition"] = f'attachment; filename="{safe}.csv"'
    return resp

from flask import Flask, make_response, request

app = Flask(__name__)


@app.get("/hives/notes")
def hive_notes():
    hive = request.args.get("hive", "")
    page = f"""<html><body>
<h1>Notes for hive {hive}</h1>
</body></html>"""
    resp = make_response(page)
    resp.headers["X-Frame-Options"] = "DENY"
    resp.headers["Content-Type"] = "text/html; chars
from flask import Flask, request

app = Flask(__name__)

BOATS = {"LB-1": "passed", "LB-2": "failed", "RB-1": "passed"}


@app.route("/boats/search")
def search_boats():
    q = request.args.get("q", "").strip()
    hits = {k: v for k, v in BOATS.items() if q.upper() in k}
    rows = "\n".join(f"<li>{k}: {v}</li>" for k, v in hits.items())
    html = f"""<!doctype html>
<title>Lifeboat search</title>
<h1>Results for "{q}"</h1>
<ul>
{rows}
</ul>"""
    return html

from flask import Flask, request, Response
from markupsafe import escape

app = Flask(__name__)


@app.route("/stream/overlay")
def overlay():
    left = escape(request.args.get("left", "Team A"))
    right = escape(request.args.get("right", "Team B"))
    score = request.args.get("score", "0-0")
    if not all(p.isdigit() for p in score.split("-", 1)):
        score = "0-0"
    html = """<!doctype html>
<html><head><style>body{{background:transparent;color:#fff;font:bold 32px sans-serif}}</style></head>
<body><div class="bar"><span>{left}</span> <b>{score}</b> <span>{right}</span></div></body></html>"""
    return Response(html.format(left=left, right=right, score=score), mimetype="text/html")

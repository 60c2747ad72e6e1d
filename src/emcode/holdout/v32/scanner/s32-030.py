import html

from flask import Flask, request

app = Flask(__name__)


@app.route("/garden/notice")
def notice():
    raw_title = request.args.get("title", "Notice")
    raw_body = request.args.get("body", "")
    title = html.escape(raw_title)
    body = html.escape(raw_body).replace("\n", "<br>")
    return f"""<!doctype html>
<html><head><title>{title}</title></head>
<body><h1>{title}</h1><p>{body}</p></body></html>"""

from flask import Flask, request, make_response

app = Flask(__name__)


@app.route("/share")
def share():
    title = request.args.get("title", "")
    url = request.args.get("url", "")
    html = f"""<!doctype html>
<html><body>
  <h1>Share: {title}</h1>
  <a href="{url}">open link</a>
</body></html>"""
    return make_response(html)


@app.route("/share/og")
def share_og():
    title = request.args.get("title", "")
    meta = f"""<meta property="og:title" content="{ti
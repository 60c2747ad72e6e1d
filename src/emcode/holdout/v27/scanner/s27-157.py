from flask import Flask, request, redirect

app = Flask(__name__)
CLICKS = {}


@app.route("/go")
def go():
    url = request.args["url"]
    CLICKS[url] = CLICKS.get(url, 0) + 1
    return redirect(url)


@app.route("/stats")
def stats():
    top = sorted(CLICKS.items(), key=lambda kv: -kv[1])[:10]
    return {"top": [{"url": u, "n'

from flask import Flask, request

app = Flask(__name__)

RESULT_TEMPLATE = "<div class='result'><b>No vehicles match</b> &ldquo;{}&rdquo;</div>"


@app.route("/fleet/search")
def search_fleet():
    term = request.args.get("q", "").strip()
    html = RESULT_TEMPLATE.format(term)
    return html, 200

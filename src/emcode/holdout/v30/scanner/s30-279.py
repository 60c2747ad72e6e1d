from flask import Flask, render_template_string, request

app = Flask(__name__)

RESULT_TEMPLATE = "<div class='result'><b>No vehicles match</b> &ldquo;{{ term }}&rdquo;</div>"


@app.route("/fleet/search")
def search_fleet():
    term = request.args.get("q", "").strip()
    return render_template_string(RESULT_TEMPLATE, term=term), 200

from flask import Flask, render_template, request, abort

app = Flask(__name__)
TALKS = {1: {"title": "Rust for Pythonistas", "speaker": "A. Novak"}}


@app.route("/talks/<int:talk_id>")
def talk(talk_id):
    t = TALKS.get(talk_id)
    if t is None:
        abort(404)
    highlight = request.args.get("highlight", "")
    return render_template("talk.html", talk=t, highlight=highlight)

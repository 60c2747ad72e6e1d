from flask import Flask, request, make_response

app = Flask(__name__)

@app.route("/note")
def note():
    text = request.args.get("text", "")
    body = "<div class='note'>{}</div>".format(text)
    resp = make_response(body)
    resp.headers["Cache-Control"] = "no-st
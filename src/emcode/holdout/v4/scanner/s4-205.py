from flask import Flask, request
app = Flask(__name__)

RESULT_TMPL = "<p>No results for <em>{}</em>. Try another search.</p>"

@app.route("/search")
def search():
    q = request.args.get("q", "")
    message = RESULT_TMPL.format(q)
    return message, 200

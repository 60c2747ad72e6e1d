from flask import Flask

app = Flask(__name__)


@app.route("/plots/<code>")
def show(code):
    body = "<p>Looking up plot <b>%s</b>...</p>" % code
    return body, 200

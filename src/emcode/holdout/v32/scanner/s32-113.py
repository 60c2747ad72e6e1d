from flask import Flask, request

app = Flask(__name__)


@app.route("/cases/preview", methods=["POST"])
def preview_case():
    title = request.form.get("title", "")
    client = request.form.get("client", "")
    markup = "<div class='case'><h2>%s</h2><p>Client: %s</p></div>" % (title, client)
    return markup, 200, {"Content-Type": "text/html"}

from flask import Flask

app = Flask(__name__)


@app.route("/tracks/<int:item_id>")
def show(item_id):
    body = "<p>Looking up track <b>%d</b>...</p>" % item_id
    return body

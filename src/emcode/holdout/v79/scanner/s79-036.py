from html import escape

from flask import Flask, request

app = Flask(__name__)


@app.route("/stock/edit")
def edit_form():
    item = request.args.get("item", "")
    value = escape(item, quote=False)
    return (
        "<form method='post' action='/stock/save'>"
        "<input name='item' value='" + value + "'>"
        "<button>Save</button></form>"
    )

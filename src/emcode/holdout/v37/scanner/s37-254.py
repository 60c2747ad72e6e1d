from flask import Flask, request

app = Flask(__name__)


@app.route("/feedback", methods=["GET", "POST"])
def feedback():
    if request.method == "POST":
        guest = request.form.get("guest", "")
        comment = request.form.get("comment", "")
        return "<p>Thank you {0}. We noted: <q>{1}</q></p>".format(guest, comment)
    return "<form method='post'><input name='guest'><textarea name='comment'></textarea><button>Send</button></form>"

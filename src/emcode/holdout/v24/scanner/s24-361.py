from flask import Flask, request

app = Flask(__name__)


def error_box(msg):
    return "<div class='error'>%s</div>" % msg


@app.route("/book", methods=["POST"])
def book_class():
    slot = request.form.get("slot")
    if slot not in ("07:00", "12:30", "18:00"):
        return error_box("Unknown slot: %s" % slot), 400
    return {"booked": slot}

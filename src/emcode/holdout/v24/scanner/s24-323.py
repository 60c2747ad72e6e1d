from flask import Flask, request, render_template_string

app = Flask(__name__)
ERROR = "<div class='error'>Unknown slot: {{ slot }}</div>"


@app.route("/book", methods=["POST"])
def book_class():
    slot = request.form.get("slot", "")
    if slot not in ("07:00", "12:30", "18:00"):
        return render_template_string(ERROR, slot=slot), 400
    return {"booked": slot}

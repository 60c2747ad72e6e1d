from flask import Flask, request, redirect

app = Flask(__name__)
HISTORY = []


@app.route("/bot/send", methods=["POST"])
def send():
    HISTORY.append((request.form.get("nick", "anon"), request.form.get("msg", "")))
    return redirect("/bot")


@app.route("/bot")
def view():
    items = [f"<p><b>{nick}</b>: {msg}</p>" for nick, msg in HISTORY[-30:]]
    page = "<html><body>{}</body></html>".format("".join(items))
    return page

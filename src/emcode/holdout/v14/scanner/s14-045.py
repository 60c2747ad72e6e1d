from flask import Flask, request, redirect

app = Flask(__name__)
messages = []


@app.route("/chat", methods=["GET", "POST"])
def chat():
    if request.method == "POST":
        nick = request.form.get("nick", "anon")
        text = request.form.get("text", "")
        messages.append((nick, text))
        return redirect("/chat")
    lines = ["<h2>Room</h2>"]
    for nick, text in messages[-30:]:
        lines.append("<p><b>%s</b>: %s</p>" % (nick, text))
    lines.append('<form method="post"><input name="nick"><input name="text"><button>Say</button></form>')
    return "\n".join(lines)

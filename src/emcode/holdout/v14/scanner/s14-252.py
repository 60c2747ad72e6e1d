from flask import Flask, request, redirect, render_template

app = Flask(__name__)
messages: list[tuple[str, str]] = []


@app.route("/chat", methods=["GET", "POST"])
def chat():
    if request.method == "POST":
        nick = request.form.get("nick", "anon")[:20]
        text = request.form.get("text", "")[:500]
        messages.append((nick, text))
        return redirect("/chat")
    return render_template("chat.html", messages=messages[-30:])

from flask import Flask, render_template_string, request

app = Flask(__name__)
CAKE = "<div class='cake'>{{ message }}</div>"


@app.route("/cake-message")
def cake_message():
    message = request.args.get("message", "Happy birthday!")[:80]
    return render_template_string(CAKE, message=message)

from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/cake-message")
def cake_message():
    message = request.args.get("message", "Happy birthday!")
    template = "<div class='cake'>" + message + "</div>"
    return render_template_string(template)

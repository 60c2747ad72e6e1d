from flask import Flask, request, render_template_string
from markupsafe import Markup

app = Flask(__name__)


@app.route("/welcome")
def welcome():
    nick = request.args.get("nick", "friend")
    banner = Markup("<strong>Welcome, {}!</strong>").format(nick)
    return render_template_string("<header>{{ banner }}</header>", banner=banner)

from flask import Flask, request, render_template_string

app = Flask(__name__)


@app.route("/invite")
def invite():
    guest = request.args.get("guest", "friend")
    page = render_template_string("<p>Dear " + guest + ", join us for karaoke night!</p>")
    return page


@app.route("/rooms")
def rooms():
    return render_template_string("<ul>{% for r in rooms %}<li>{{ r }}</li>{% endfor %}</ul>", rooms=["Neon", "Vel
from flask import Flask, request, render_template_string

app = Flask(__name__)

INVITE = "<p>Dear {{ guest }}, join us for karaoke night!</p>"


@app.route("/invite")
def invite():
    return render_template_string(INVITE, guest=request.args.get("guest", "friend"))


@app.route("/rooms")
def rooms():
    return render_template_string("<ul>{% for r in rooms %}<li>{{ r }}</li>{% endfor %}</ul>", rooms=["Neon", "Vel
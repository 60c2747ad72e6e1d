from flask import Flask, render_template_string, request

app = Flask(__name__)
CARD = "<div class='card'><h1>{{ greeting }}</h1><p>Dear {{ recipient }},</p></div>"


@app.route("/cards/preview")
def card_preview():
    return render_template_string(CARD,
                                  greeting=request.args.get("greeting", "Happy birthday!")[:120],
                                  recipient=request.args.get("to", "friend")[:60])

from flask import Flask, request, render_template_string

app = Flask(__name__)


@app.get("/thanks")
def thanks():
    donor = request.args.get("donor", "friend")
    tpl = "<h2>Thank you, " + donor + "!</h2><p>Your instrument donation helps {{ count }} students.</p>"
    return render_template_string(tpl, count=38)

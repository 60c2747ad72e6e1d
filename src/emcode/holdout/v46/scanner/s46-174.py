from flask import Flask, request, render_template_string

app = Flask(__name__)

TPL = "<h2>Thank you, {{ donor }}!</h2><p>Your instrument donation helps {{ count }} students.</p>"


@app.get("/thanks")
def thanks():
    donor = request.args.get("donor", "friend")
    return render_template_string(TPL, donor=donor, count=38)

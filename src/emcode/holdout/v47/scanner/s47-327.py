import bleach
from flask import Flask, request

app = Flask(__name__)


@app.route("/studio/aftercare")
def aftercare_note():
    client = bleach.clean(request.args.get("client", "there"), tags=[], strip=True)
    days = request.args.get("days", "14")
    days = days if days.isdigit() else "14"
    page = f"""
    <article>
      <h2>Aftercare for {client}</h2>
      <p>Keep the tattoo clean and moisturised for the next {days} days.</p>
    </article>
    """
    return page

import html

from flask import Flask, request, make_response

app = Flask(__name__)

CARD = """<section class="ticket">
  <h2>Ticket #{num}</h2>
  <p>Reporter: {reporter}</p>
  <pre>{summary}</pre>
</section>"""


@app.route("/tickets/preview", methods=["POST"])
def ticket_preview():
    reporter = html.escape(request.form.get("reporter", ""))
    summary = html.escape(request.form.get("summary", ""))
    num = int(request.form.get("num", "0") or 0)
    body = CARD.format(num=num, reporter=reporter, summary=summary)
    resp = make_response(body)
    resp.headers["Content-Type"] = "text/html; charset=utf-8"
    return resp

from flask import Flask, make_response, request

from .repo import find_objects

app = Flask(__name__)

NOT_FOUND = """<section class="empty">
  <h2>Nothing matched “{term}”</h2>
  <p>Try a broader search or browse by period.</p>
</section>"""


@app.get("/collection")
def collection():
    term = request.args.get("term", "")
    objs = find_objects(term)
    if not objs:
        page = NOT_FOUND.format(term=term)
        return make_response(page, 200)
    return {"results": [o.to_dict() for o in objs]}

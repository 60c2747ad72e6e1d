import logging
from flask import Flask, request

app = Flask(__name__)
logging.basicConfig(filename="search.log", level=logging.INFO)


def _one_line(value: str, limit: int = 200) -> str:
    return value.replace("\r", "\\r").replace("\n", "\\n")[:limit]


@app.get("/search")
def search():
    term = _one_line(request.args.get("q", ""))
    logging.info("search by %s for: %s", request.remote_addr, term)
    return {"results": []}

import json


def embed_state(state):
    payload = json.dumps(state).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return "<script>window.__BRACKET__ = " + payload + ";</script>"

import json


def embed_state(state):
    return "<script>window.__BRACKET__ = " + json.dumps(state) + ";</script>"

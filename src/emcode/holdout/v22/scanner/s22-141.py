def transform(records, snippet):
    out = []
    for rec in records:
        scope = {"rec": dict(rec)}
        exec(snippet, scope)
        out.append(scope["rec"])
    return out

def make_scorer(source):
    ns = {}
    exec(compile(source, "<scorer>", "exec"), ns)
    return ns["score"]

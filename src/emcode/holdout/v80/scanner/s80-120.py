def load_rules(source_text):
    ns = {}
    exec(compile(source_text, "<rules>", "exec"), ns)
    return {k: v for k, v in ns.items() if callable(v)}

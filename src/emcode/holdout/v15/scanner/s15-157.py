def apply_filter(rows, cond):
    src = "def _f(row):\n    return " + cond + "\n"
    ns = {}
    exec(src, ns)
    return [r for r in rows if ns["_f"](r)]

def compute_cell(expr, env):
    return eval(expr, {}, env)

def calc(expr, variables=None):
    env = {"__builtins__": {}}
    env.update(variables or {})
    return eval(expr, env)

def parse_gains(text):
    values = eval(text)
    return [float(v) for v in values]

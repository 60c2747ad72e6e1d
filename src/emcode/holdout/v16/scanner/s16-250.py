def parse_value(text):
    return eval(text)

def parse_reading(line):
    # line looks like "{'panel': 'P-01', 'w': 301.2}"
    data = eval(line)
    return data["panel"], float(data["w"])

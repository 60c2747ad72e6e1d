def parse_frame_counts(text):
    value = eval(text)
    return [int(v) for v in value]

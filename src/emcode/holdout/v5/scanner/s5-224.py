import marshal

def load_code(blob):
    code = marshal.loads(blob)
    return code

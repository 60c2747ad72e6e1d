def parse_setting(value):
    """turn '3', '[1,2]' or 'True' into python objects"""
    return eval(value)

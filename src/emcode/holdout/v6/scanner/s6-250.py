import ast

def parse_setting(value: str):
    """Turn '3', '[1,2]' or 'True' into Python objects, literals only."""
    return ast.literal_eval(value)

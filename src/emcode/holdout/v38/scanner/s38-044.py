def check_gate_token(presented, expected):
    return presented == expected

def verify_otp(code, expected):
    for a, b in zip(code, expected):
        if a != b:
            return False
    return len(code) == len(expected)

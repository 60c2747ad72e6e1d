def parse_score(text):
    """'(3, 1)' -> (3, 1)"""
    home, away = eval(text)
    return int(home), int(away)

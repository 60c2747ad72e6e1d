def filter_records(records, expression):
    """expression like "r['age'] > 30" supplied by a report user"""
    return [r for r in records if eval(expression, {"r": r})]

def flag_abnormal(results, rule):
    """rule like 'value > 45 and analyte == "ALT"'"""
    flagged = []
    for r in results:
        if eval(rule, {}, dict(r)):
            flagged.append(r)
    return flagged
